package org.amerules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OptionsReaderTest {
    @Test
    @DisplayName("durations: ms, s, m and h, or ISO-8601, from 1 ms to 1 hour")
    void durationsWithinTheLimit() {
        Map<String, Duration> good = Map.of("1ms", Duration.ofMillis(1), "500ms", Duration.ofMillis(500), "10s", Duration.ofSeconds(10),
                "2m", Duration.ofMinutes(2), "1h", Duration.ofHours(1), "60m", Duration.ofHours(1), "3600s", Duration.ofHours(1),
                "0001h", Duration.ofHours(1), "PT1H", Duration.ofHours(1), "PT0.001S", Duration.ofMillis(1));
        good.forEach((text, d) -> assertThat(OptionsReader.duration("--case-timeout", text)).as(text).isEqualTo(d));
    }

    @Test
    @DisplayName("every duration out of range, in any unit or size, is \"not between 1 ms and 1 hour\"; only what is no duration says so")
    void durationsOutOfRange() {
        for (String text : List.of("2h", "61m", "3601s", "3600001ms", "PT2H", "PT1H0.001S", "0ms", "0h", "-5s", "PT-1S", "PT0S",
                "9999999999h", "99999999999999999999ms", "PT99999999999999999999H", "PT9999999999999999H")) {
            assertThatThrownBy(() -> OptionsReader.duration("--case-timeout", text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--case-timeout: \"" + text + "\" is not between 1 ms and 1 hour");
        }
        for (String text : List.of("forever", "1d", "1 h", "1H", "h", "", "1.5h")) {
            assertThatThrownBy(() -> OptionsReader.duration("--case-timeout", text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--case-timeout: \"" + text + "\" is not a duration such as \"10s\", \"500ms\", \"1h\" or \"PT10S\"");
        }
    }
}

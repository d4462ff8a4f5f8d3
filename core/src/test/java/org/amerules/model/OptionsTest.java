package org.amerules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void theBuilderStartsFromTheDefaults() {
        assertThat(Options.builder().build()).isEqualTo(Options.defaults());
        Options d = Options.defaults();
        assertThat(d.prefectureAppointmentIsRegular()).isFalse();
        assertThat(d.saintMartinCovered()).isTrue();
        assertThat(d.saintBarthelemyCovered()).isTrue();
        assertThat(d.housingFlatRate()).isFalse();
        assertThat(d.renewalGraceDays()).isZero();
        assertThat(d.caseTimeout()).isEqualTo(Options.DEFAULT_CASE_TIMEOUT);
    }

    @Test
    void theBuilderSetsEveryComponent() {
        Options o = Options.builder()
                .prefectureAppointmentIsRegular(true)
                .saintMartinCovered(false)
                .saintBarthelemyCovered(false)
                .housingFlatRate(true)
                .renewalGraceDays(30)
                .caseTimeout(Duration.ofMillis(500))
                .build();
        assertThat(o).isEqualTo(new Options(true, false, false, true, 30, Duration.ofMillis(500)));
    }

    @Test
    void toBuilderKeepsTheOtherValues() {
        Options o = Options.builder().housingFlatRate(true).renewalGraceDays(12).build();
        Options p = o.toBuilder().caseTimeout(Duration.ofSeconds(2)).build();
        assertThat(p).isEqualTo(o.withCaseTimeout(Duration.ofSeconds(2)));
        assertThat(p.housingFlatRate()).isTrue();
        assertThat(p.renewalGraceDays()).isEqualTo(12);
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void buildChecksTheRanges() {
        assertThatThrownBy(() -> Options.builder().renewalGraceDays(367).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewalGraceDays");
        assertThatThrownBy(() -> Options.builder().renewalGraceDays(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewalGraceDays");
        assertThatThrownBy(() -> Options.builder().caseTimeout(Duration.ofHours(2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseTimeout");
        assertThat(Options.builder().renewalGraceDays(366).caseTimeout(Options.MAX_CASE_TIMEOUT).build().renewalGraceDays())
                .isEqualTo(366);
    }
}

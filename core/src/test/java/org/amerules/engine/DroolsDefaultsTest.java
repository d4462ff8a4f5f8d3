package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The settings an application applies at its start (issue 12); the command's bytes are compared in examples/cli. */
class DroolsDefaultsTest {
    @Test
    @DisplayName("DroolsDefaults.apply sets the binary heap only when the JVM was given no queue type")
    void applyKeepsAnExplicitSetting() {
        String before = System.getProperty(DroolsDefaults.QUEUE_TYPE);
        try {
            System.setProperty(DroolsDefaults.QUEUE_TYPE, "treeset");
            assertThat(DroolsDefaults.apply()).isFalse();
            assertThat(System.getProperty(DroolsDefaults.QUEUE_TYPE)).isEqualTo("treeset");
            System.clearProperty(DroolsDefaults.QUEUE_TYPE);
            assertThat(DroolsDefaults.apply()).isTrue();
            assertThat(System.getProperty(DroolsDefaults.QUEUE_TYPE)).isEqualTo("binaryheap");
            assertThat(DroolsDefaults.apply()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(DroolsDefaults.QUEUE_TYPE);
            } else {
                System.setProperty(DroolsDefaults.QUEUE_TYPE, before);
            }
        }
    }
}

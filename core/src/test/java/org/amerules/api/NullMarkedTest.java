package org.amerules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.model.AmeCase;
import org.amerules.model.StayDocument;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Nullness is stated: every package of core is {@code @NullMarked}, and what may be null says so. */
class NullMarkedTest {
    @Test
    void everyPackageOfCoreIsNullMarked() throws Exception {
        Set<String> packages = new TreeSet<>();
        CoreClasses.all().forEach(c -> packages.add(c.getPackageName()));
        assertThat(packages).contains("org.amerules.model", "org.amerules.json.internal", "org.amerules.facts");
        for (String p : packages) {
            Class<?> info = Class.forName(p + ".package-info");
            assertThat(info.isAnnotationPresent(NullMarked.class)).as("%s is @NullMarked", p).isTrue();
        }
    }

    @Test
    void optionalComponentsAreNullableAndRequiredOnesAreNot() throws Exception {
        assertThat(nullable(AmeCase.class.getRecordComponents()[5].getAnnotatedType())).as("hospitalAdmission").isTrue();
        assertThat(nullable(AmeCase.class.getRecordComponents()[0].getAnnotatedType())).as("id").isFalse();
        assertThat(nullable(StayDocument.class.getRecordComponents()[1].getAnnotatedType())).as("validFrom").isTrue();
        assertThat(nullable(StayDocument.class.getRecordComponents()[2].getAnnotatedType())).as("validUntil").isFalse();
        assertThat(Arrays.stream(Decision.class.getRecordComponents()).filter(r -> nullable(r.getAnnotatedType()))
                .map(r -> r.getName())).containsExactlyInAnyOrder("household", "rights", "decisionDeadline");
        AnnotatedType language = AmeEngine.class.getMethod("decide", AmeCase.class, Locale.class).getAnnotatedParameterTypes()[1];
        assertThat(nullable(language)).as("decide's language: null for French").isTrue();
    }

    private static boolean nullable(AnnotatedType t) {
        return t.isAnnotationPresent(Nullable.class);
    }
}

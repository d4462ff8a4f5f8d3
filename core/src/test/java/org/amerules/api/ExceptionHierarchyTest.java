package org.amerules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import org.amerules.engine.RulesBuildException;
import org.amerules.model.AmeRulesException;
import org.amerules.model.InvalidCaseException;
import org.amerules.params.DateOutOfRangeException;
import org.amerules.params.ParameterException;
import org.junit.jupiter.api.Test;

/** One exception hierarchy: every exception type core declares extends {@link AmeRulesException}. */
class ExceptionHierarchyTest {
    @Test
    void everyExceptionOfCoreExtendsTheBase() {
        List<Class<?>> exceptions = CoreClasses.all().stream()
                .filter(Throwable.class::isAssignableFrom)
                .filter(c -> c != AmeRulesException.class)
                .toList();
        // the scan finds them all (a class that stops being found would pass unnoticed otherwise)
        assertThat(exceptions).contains(InvalidCaseException.class, RulesBuildException.class, ParameterException.class,
                DateOutOfRangeException.class);
        assertThat(exceptions).allSatisfy(c -> assertThat(AmeRulesException.class.isAssignableFrom(c))
                .as("%s extends AmeRulesException", c.getName()).isTrue());
    }

    @Test
    void theBaseIsAbstractAndUnchecked() {
        assertThat(Modifier.isAbstract(AmeRulesException.class.getModifiers())).isTrue();
        assertThat(RuntimeException.class.isAssignableFrom(AmeRulesException.class)).isTrue();
    }

    @Test
    void aCaseRefusedByTheBuilderIsCaughtAsTheBase() {
        AmeRulesException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> org.amerules.model.CaseBuilder.firstApplication("", java.time.LocalDate.of(2025, 10, 13),
                        org.amerules.model.Territory.METROPOLE).build(),
                AmeRulesException.class);
        assertThat(e).isInstanceOf(InvalidCaseException.class);
        assertThat(((InvalidCaseException) e).field()).isEqualTo("id");
    }
}

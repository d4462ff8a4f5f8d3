package org.amerules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No Jackson type in the public signatures of the API packages: an application compiles against
 * them without Jackson, and Jackson can change without breaking it. Every public class of those
 * packages (nested ones included) is read by reflection: superclass, interfaces, public and
 * protected fields, constructors and methods (parameters, return types, exceptions, type
 * parameters' bounds), record components.
 */
class ApiSignatureTest {
    /** The packages an application uses; the others are internal (see each package-info.java). */
    static final List<String> API_PACKAGES = List.of("org.amerules.model", "org.amerules.decision", "org.amerules.engine",
            "org.amerules.json");
    private static final String FORBIDDEN = "com.fasterxml.";

    @Test
    void noJacksonTypeInTheApiPackages() {
        List<Class<?>> api = CoreClasses.in(API_PACKAGES).stream().filter(ApiSignatureTest::visible).toList();
        assertThat(api).as("the scan finds the API").extracting(Class::getSimpleName)
                .contains("AmeEngine", "AmeCase", "CaseBuilder", "Decision", "CaseReader", "DecisionWriter", "Options");
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : api) {
            leaks.addAll(leaks(c));
        }
        assertThat(leaks).as("members of the API packages that expose a Jackson type").isEmpty();
    }

    @Test
    void theScanSeesAJacksonTypeWhereThereIsOne() {
        // the internal tooling does expose Jackson trees: the same scan must name them
        List<String> leaks = new ArrayList<>();
        CoreClasses.in(List.of("org.amerules.json.internal")).stream().filter(ApiSignatureTest::visible)
                .forEach(c -> leaks.addAll(leaks(c)));
        assertThat(leaks).anyMatch(l -> l.startsWith("org.amerules.json.internal.JsonTrees.parse(") && l.contains("JsonNode"));
        assertThat(leaks).anyMatch(l -> l.startsWith("org.amerules.json.internal.CaseInput.tree(") && l.contains("JsonNode"));
    }

    static boolean visible(Class<?> c) {
        // public, or a protected nested class of a public one, all the way out
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!exposed(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isLocalClass() && !c.isSynthetic();
    }

    /** Every member of the class that exposes a Jackson type, named {@code class.member}. */
    static List<String> leaks(Class<?> c) {
        List<String> out = new ArrayList<>();
        String name = c.getName().replace('$', '.');
        check(out, name + " superclass", c.getGenericSuperclass());
        for (Type t : c.getGenericInterfaces()) {
            check(out, name + " interface", t);
        }
        for (TypeVariable<?> v : c.getTypeParameters()) {
            check(out, name + " type parameter " + v.getName(), v);
        }
        if (c.isRecord()) {
            for (RecordComponent r : c.getRecordComponents()) {
                check(out, name + " record component " + r.getName(), r.getGenericType());
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (exposed(f.getModifiers()) && !f.isSynthetic()) {
                check(out, name + "." + f.getName(), f.getGenericType());
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (exposed(k.getModifiers()) && !k.isSynthetic()) {
                String member = name + ".<init>(" + k.getParameterCount() + " parameters)";
                for (Type t : k.getGenericParameterTypes()) {
                    check(out, member, t);
                }
                for (Type t : k.getGenericExceptionTypes()) {
                    check(out, member + " throws", t);
                }
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                String member = name + "." + m.getName() + "(" + m.getParameterCount() + " parameters)";
                check(out, member + " returns", m.getGenericReturnType());
                for (Type t : m.getGenericParameterTypes()) {
                    check(out, member, t);
                }
                for (Type t : m.getGenericExceptionTypes()) {
                    check(out, member + " throws", t);
                }
                for (TypeVariable<?> v : m.getTypeParameters()) {
                    check(out, member + " type parameter " + v.getName(), v);
                }
            }
        }
        return out;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> out, String member, Type type) {
        Set<String> found = new HashSet<>();
        collect(type, found, new HashSet<>());
        for (String f : found) {
            out.add(member + " exposes " + f);
        }
    }

    private static void collect(Type type, Set<String> found, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), found, seen);
            } else if (c.getName().startsWith(FORBIDDEN)) {
                found.add(c.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), found, seen);
            collect(p.getOwnerType(), found, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, found, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collect(b, found, seen);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, found, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), found, seen);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                collect(b, found, seen);
            }
        }
    }
}

package org.amerules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseKind;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseReaderTest {
    static final String GOOD = """
            {
              "id": "couple-metro-2025", "kind": "FIRST_APPLICATION", "filingDate": "2025-09-01",
              "territory": "METROPOLE", "housing": "TENANT", "hospitalAdmission": "2025-07-20", "currentRights": null,
              "members": [
                { "id": "a", "role": "APPLICANT", "birthDate": "1988-05-02", "inEducation": false,
                  "stayDocuments": [ { "type": "SHORT_STAY_VISA", "validFrom": "2024-01-10", "validUntil": "2024-04-09" } ],
                  "residenceProofs": [ { "type": "PASSPORT_ENTRY_STAMP", "date": "2024-01-10" } ],
                  "resources": [ { "type": "EMPLOYMENT", "amount": "7200.00" } ] },
                { "id": "b", "role": "PARTNER", "birthDate": "1990-11-30",
                  "residenceProofs": [ { "type": "RENT_RECEIPT", "date": "2024-02-01" } ],
                  "resources": [ { "type": "FAMILY_SUPPORT", "amount": "1200" } ] }
              ],
              "careRequests": [
                { "id": "c1", "memberId": "a", "date": "2025-10-03", "act": "KNEE_PROSTHESIS",
                  "urgent": false, "cause": null, "priorApproval": false }
              ],
              "expected": { "anything": true }
            }
            """;

    @Test
    @DisplayName("the spec's example case reads into the model")
    void readsTheSpecExample() {
        AmeCase c = CaseReader.read(GOOD);
        assertThat(c.id()).isEqualTo("couple-metro-2025");
        assertThat(c.kind()).isEqualTo(CaseKind.FIRST_APPLICATION);
        assertThat(c.hospitalAdmission()).isEqualTo(LocalDate.of(2025, 7, 20));
        assertThat(c.members()).extracting(m -> m.role()).containsExactly(Role.APPLICANT, Role.PARTNER);
        assertThat(c.members().get(1).resources().get(0).amount()).isEqualTo(new BigDecimal("1200.00"));
        assertThat(c.careRequests()).hasSize(1);
    }

    @Test
    @DisplayName("care acts and stay-document types are read as written: the engine checks them against the release's catalogues")
    void actsAndStayDocumentsAreCodesOfTheRelease() {
        AmeCase c = CaseReader.read(mutate("\"act\": \"KNEE_PROSTHESIS\"", "\"act\": \"ACUPUNCTURE\""));
        assertThat(c.careRequests().get(0).act()).isEqualTo("ACUPUNCTURE");
        assertThat(c.members().get(0).stayDocuments().get(0).type()).isEqualTo("SHORT_STAY_VISA");
    }

    static String mutate(String from, String to) {
        assertThat(GOOD).contains(from);
        return GOOD.replace(from, to);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"territory\": \"METROPOLE\"|\"territory\": \"ATLANTIS\"|territory|\"ATLANTIS\" is not one of",
        "\"birthDate\": \"1990-11-30\"|\"birthDate\": \"2025-13-01\"|members[1].birthDate|\"2025-13-01\" is not a date",
        "\"amount\": \"1200\"|\"amount\": \"-3\"|members[1].resources[0].amount|is negative",
        "\"amount\": \"1200\"|\"amount\": \"12.345\"|members[1].resources[0].amount|is not an amount",
        "\"amount\": \"1200\"|\"amount\": 1e400|members[1].resources[0].amount|is not an amount",
        "\"role\": \"PARTNER\"|\"role\": \"APPLICANT\"|members[1].role|exactly one applicant",
        "\"id\": \"b\"|\"id\": \"a\"|members[1].id|duplicate member id",
        "\"validUntil\": \"2024-04-09\"|\"validUntil\": \"2023-04-09\"|members[0].stayDocuments[0].validUntil|is before validFrom",
        "\"kind\": \"FIRST_APPLICATION\"|\"kind\": \"RENEWAL\"|currentRights|needs currentRights",
        "\"memberId\": \"a\"|\"memberId\": \"z\"|careRequests[0].memberId|not the id of a member",
        "\"urgent\": false|\"urgent\": \"no\"|careRequests[0].urgent|is not true or false",
        "\"filingDate\": \"2025-09-01\"|\"filingDate\": \"2025-02-29\"|filingDate|is not a date",
        "\"filingDate\": \"2025-09-01\"|\"filingDate\": \"0000-01-01\"|filingDate|",
        "\"act\": \"KNEE_PROSTHESIS\"|\"act\": 3|careRequests[0].act|is not a non-empty string",
        "\"act\": \"KNEE_PROSTHESIS\"|\"act\": \" \"|careRequests[0].act|is not a non-empty string",
        "\"type\": \"SHORT_STAY_VISA\"|\"type\": []|members[0].stayDocuments[0].type|is not a non-empty string",
    })
    @DisplayName("bad input is refused with the case id, the field path and the value")
    void badInput(String from, String to, String field, String message) {
        assertThatThrownBy(() -> CaseReader.read(mutate(from, to)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.caseId()).isEqualTo("couple-metro-2025");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(message == null ? "" : message);
                    assertThat(e.getMessage()).startsWith("couple-metro-2025: " + field + ": ");
                });
    }

    @Test
    @DisplayName("the spec's error example reads as the spec writes it")
    void errorMessageShape() {
        assertThatThrownBy(() -> CaseReader.read(mutate("\"birthDate\": \"1990-11-30\"", "\"birthDate\": \"2025-13-01\"")))
                .hasMessage("couple-metro-2025: members[1].birthDate: \"2025-13-01\" is not a date (yyyy-MM-dd)");
    }

    @Test
    @DisplayName("a missing applicant, a missing id, malformed JSON and duplicate keys are refused")
    void structuralErrors() {
        assertThatThrownBy(() -> CaseReader.read(mutate("\"role\": \"APPLICANT\"", "\"role\": \"CHILD\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("members"));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"id\": \"couple-metro-2025\", ", "")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.caseId()).isNull();
                    assertThat(e.field()).isEqualTo("id");
                });
        assertThatThrownBy(() -> CaseReader.read(GOOD.substring(0, 200)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problem()).startsWith("malformed JSON"));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"housing\": \"TENANT\"", "\"housing\": \"TENANT\", \"housing\": \"OWNER\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problem()).contains("Duplicate field"));
    }

    @Test
    @DisplayName("limits: too many members is refused with a clear error")
    void limits() {
        String member = "{ \"id\": \"x%d\", \"role\": \"CHILD\", \"birthDate\": \"2015-01-01\" }";
        String many = java.util.stream.IntStream.range(0, Limits.MAX_MEMBERS).mapToObj(i -> String.format(member, i))
                .collect(Collectors.joining(","));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"members\": [", "\"members\": [" + many + ",")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("members"));
    }

    @Test
    @DisplayName("a batch keeps its order and turns each unreadable item into an error item")
    void batch() {
        String jsonl = GOOD.replace("\n", " ") + "\n{not json\n" + GOOD.replace("\n", " ").replace("couple-metro-2025", "second") + "\n";
        List<CaseInput> items = CaseInputs.read(List.of("-"), new java.io.ByteArrayInputStream(jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).tree().get("id").asText()).isEqualTo("couple-metro-2025");
        assertThat(items.get(1).error()).isNotNull();
        assertThat(items.get(1).error().problem()).startsWith("line 2");
        assertThat(items.get(2).tree().get("id").asText()).isEqualTo("second");
    }

    @Test
    @DisplayName("nesting past 32 levels: a plain message naming the field of the case format it is in, no parser internals")
    void tooDeep() {
        String deep = "[".repeat(40) + "]".repeat(40);
        record Deep(String from, String to, String field) {
        }
        for (Deep d : List.of(
                new Deep("\"amount\": \"1200\"", "\"amount\": " + deep, "members[1].resources[0].amount"),
                new Deep("\"resources\": [ { \"type\": \"FAMILY_SUPPORT\", \"amount\": \"1200\" } ]", "\"resources\": " + deep,
                        "members[1].resources[0]"),
                new Deep("\"currentRights\": null", "\"currentRights\": { \"start\": " + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + " }",
                        "currentRights.start"),
                new Deep("\"expected\": { \"anything\": true }", "\"expected\": { \"anything\": " + deep + " }", "expected"),
                new Deep("\"housing\": \"TENANT\"", "\"housing\": \"TENANT\", \"Jeanne Dupont-Secret née le 3 février 1971 à Lyon\": "
                        + deep, "Jeanne Dupont-Secret née le 3 février 19"))) { // cut to 40 characters, as an unknown field is
            assertThatThrownBy(() -> CaseReader.read(mutate(d.from(), d.to()))).as(d.field())
                    .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
                        assertThat(e.field()).isEqualTo(d.field());
                        assertThat(e.problem()).isEqualTo("nested deeper than 32 levels");
                    });
        }
        assertThatThrownBy(() -> CaseReader.read(deep)).isInstanceOfSatisfying(InvalidCaseException.class, e -> {
            assertThat(e.field()).isEmpty();
            assertThat(e.problem()).isEqualTo("nested deeper than 32 levels");
        });
        // 32 levels are read (and refused for what they hold, not for their depth)
        assertThatThrownBy(() -> CaseReader.read(mutate("\"amount\": \"1200\"", "\"amount\": " + "[".repeat(27) + "]".repeat(27))))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
        // in a batch: the line's error, the field kept
        String line = mutate("\"amount\": \"1200\"", "\"amount\": " + deep).replace("\n", " ") + "\n";
        List<CaseInput> items = CaseInputs.read(List.of("-"), new java.io.ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
        assertThat(items.get(0).error().field()).isEqualTo("members[1].resources[0].amount");
        assertThat(items.get(0).error().problem()).isEqualTo("line 1: nested deeper than 32 levels");
    }

    @Test
    @DisplayName("a pretty-printed document on standard input is read whole")
    void prettyStdin() {
        List<CaseInput> items = CaseInputs.read(List.of("-"), new java.io.ByteArrayInputStream(GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).error()).isNull();
    }

    @Test
    @DisplayName("a leading byte-order mark is ignored")
    void byteOrderMark() {
        assertThat(CaseReader.read("\uFEFF" + GOOD).id()).isEqualTo("couple-metro-2025");
    }

    @Test
    @DisplayName("a misspelt field is refused, naming the path and the closest known name (it used to flip the decision)")
    void unknownField() {
        assertThatThrownBy(() -> CaseReader.read(mutate("\"residenceProofs\": [ { \"type\": \"RENT_RECEIPT\"",
                "\"residenceProof\": [ { \"type\": \"RENT_RECEIPT\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_FIELD);
                    assertThat(e.field()).isEqualTo("members[1].residenceProof");
                    assertThat(e.problem()).isEqualTo("unknown field \"residenceProof\": did you mean \"residenceProofs\"?");
                });
        assertThatThrownBy(() -> CaseReader.read(mutate("\"filingDate\"", "\"filing_date\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problem()).contains("did you mean \"filingDate\"?"));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"priorApproval\": false", "\"priorApproval\": false, \"zzzzzzzz\": 1")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.field()).isEqualTo("careRequests[0].zzzzzzzz");
                    assertThat(e.problem()).isEqualTo("unknown field \"zzzzzzzz\"");
                });
        assertThatThrownBy(() -> CaseReader.read(mutate("\"validFrom\"", "\"validfrom\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.field()).isEqualTo("members[0].stayDocuments[0].validfrom");
                    assertThat(e.problem()).contains("did you mean \"validFrom\"?");
                });
        // the blocks of scenario files are known
        assertThat(CaseReader.read(GOOD.replace("\"expected\"", "\"description\": \"x\", \"options\": {}, \"expected\"")).id())
                .isEqualTo("couple-metro-2025");
    }

    @Test
    @DisplayName("description: a string of at most 200 characters; longer, a number, an object or null is refused, naming the field")
    void description() {
        String d200 = "d".repeat(Limits.MAX_STRING);
        for (String ok : List.of("\"\"", "\"free text\"", "\"" + d200 + "\"")) {
            assertThat(CaseReader.read(mutate("\"expected\"", "\"description\": " + ok + ", \"expected\"")).id())
                    .isEqualTo("couple-metro-2025");
        }
        record Bad(String value, ErrorCode code, String problem) {
        }
        String secret = "Jeanne Dupont-Secret née le 3 février 1971 ".repeat(120);
        for (Bad bad : List.of(
                new Bad("\"" + d200 + "d\"", ErrorCode.STRING_TOO_LONG, "a string of 201 characters: at most 200"),
                new Bad("\"" + secret + "\"", ErrorCode.STRING_TOO_LONG, "a string of " + secret.length() + " characters: at most 200"),
                new Bad("42", ErrorCode.WRONG_TYPE, "42 is not a string"),
                new Bad("{ \"name\": \"Jeanne\" }", ErrorCode.WRONG_TYPE, "an object is not a string"),
                new Bad("null", ErrorCode.WRONG_TYPE, "null is not a string"))) {
            assertThatThrownBy(() -> CaseReader.read(mutate("\"expected\"", "\"description\": " + bad.value() + ", \"expected\"")))
                    .as(bad.value().length() > 50 ? bad.value().substring(0, 50) : bad.value())
                    .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                        assertThat(e.caseId()).isEqualTo("couple-metro-2025");
                        assertThat(e.field()).isEqualTo("description");
                        assertThat(e.code()).isEqualTo(bad.code());
                        assertThat(e.problem()).isEqualTo(bad.problem());
                        assertThat(e.getMessage()).doesNotContain("Jeanne");
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`\"  5.00 \"`|is not an amount",
        "`\"5.00\\u0000\"`|is not an amount",
        "`\"5.00\\n\"`|is not an amount",
        "`5.00`|5.00 is not an amount: write a JSON string",
        "`7200.00`|7200.00 is not an amount: write a JSON string",
        "`5`|5 is not an amount: write a JSON string",
        "`\"+5\"`|is not an amount",
        "`\"5.\"`|is not an amount",
        "`\".5\"`|is not an amount",
        "`\"5.001\"`|is not an amount",
        "`\"1e3\"`|is not an amount",
        "`\"1,50\"`|is not an amount",
        "`\"-3\"`|is negative",
        "`\"1000000000.01\"`|is above the maximum amount 1000000000.00",
        "`\"99999999999999999999999\"`|is above the maximum amount",
    })
    @DisplayName("amounts: only JSON strings ^-?[0-9]+(\\.[0-9]{1,2})?$, not negative, at most 1,000,000,000.00")
    void strictAmounts(String amount, String message) {
        assertThatThrownBy(() -> CaseReader.read(mutate("\"amount\": \"1200\"", "\"amount\": " + amount)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
                    assertThat(e.field()).isEqualTo("members[1].resources[0].amount");
                    assertThat(e.problem()).contains(message);
                    assertThat(e.problem()).doesNotContain("\n").doesNotContain("\u0000");
                });
    }

    @Test
    @DisplayName("amounts within the format are read exactly, the maximum included")
    void goodAmounts() {
        for (String a : List.of("0", "-0", "-0.00", "1200", "1200.5", "1200.50", "0001200.50", "1000000000.00")) {
            AmeCase c = CaseReader.read(mutate("\"amount\": \"1200\"", "\"amount\": \"" + a + "\""));
            assertThat(c.members().get(1).resources().get(0).amount()).isEqualByComparingTo(a.startsWith("-") ? "0" : a);
        }
    }

    @Test
    @DisplayName("error messages never echo a record: an object or array is named by its kind, a value is cut to 40 escaped characters")
    void noPersonalDataInErrors() {
        String record = "{ \"name\": \"Jeanne Dupont-Secret\", \"birth\": \"1971-02-03\", \"income\": \"12345.67\" }";
        assertThatThrownBy(() -> CaseReader.read(mutate("\"birthDate\": \"1990-11-30\"", "\"birthDate\": " + record)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.field()).isEqualTo("members[1].birthDate");
                    assertThat(e.getMessage()).doesNotContain("Jeanne").doesNotContain("1971").doesNotContain("12345")
                            .contains("an object is not a date");
                });
        assertThatThrownBy(() -> CaseReader.read(mutate("\"members\": [", "\"members\": [ [ \"Jeanne Dupont-Secret\" ], ")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.getMessage()).doesNotContain("Jeanne"));
        String longValue = "Jeanne Dupont-Secret née le 3 février 1971 à Lyon, 12 rue des Lilas";
        assertThatThrownBy(() -> CaseReader.read(mutate("\"territory\": \"METROPOLE\"", "\"territory\": \"" + longValue + "\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.problem()).startsWith("\"" + longValue.substring(0, 40) + "…\" is not one of");
                    assertThat(e.problem()).doesNotContain("Lilas");
                });
        assertThatThrownBy(() -> CaseReader.read(mutate("\"territory\": \"METROPOLE\"", "\"territory\": \"X\\nFAIL forged\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .contains("\"X\\nFAIL forged\""));
        // a syntax error quotes at most a short token
        assertThatThrownBy(() -> CaseReader.read("{\"id\": \"a\", \"note\": Jeanne_Dupont_Secret_ne_le_3_fevrier_1971_a_Lyon_12_rue}"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
                    assertThat(e.problem()).doesNotContain("12_rue");
                });
    }

    @Test
    @DisplayName("every error has a stable code")
    void codes() {
        assertThatThrownBy(() -> CaseReader.read(mutate("\"birthDate\": \"1990-11-30\"", "\"birthDate\": \"2025-13-01\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATE));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"territory\": \"METROPOLE\"", "\"territory\": \"ATLANTIS\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VALUE));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"id\": \"b\"", "\"id\": \"a\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
        assertThatThrownBy(() -> CaseReader.read(mutate("\"kind\": \"FIRST_APPLICATION\"", "\"kind\": \"RENEWAL\"")))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
        assertThatThrownBy(() -> CaseReader.read("{"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON));
        InvalidCaseException e = new InvalidCaseException("x", "members[0].birthDate", "\"2025-13-01\" is not a date", ErrorCode.INVALID_DATE);
        assertThat(DecisionWriter.errorJson(e)).isEqualTo(
                "{\"id\":\"x\",\"error\":{\"field\":\"members[0].birthDate\",\"code\":\"INVALID_DATE\",\"message\":\"\\\"2025-13-01\\\" is not a date\"}}");
    }

    @Test
    @DisplayName("a Reader or a UTF-8 InputStream gives the case read from the string")
    void readsFromReaderAndInputStream() {
        AmeCase fromString = CaseReader.read(GOOD);
        assertThat(CaseReader.read(new java.io.StringReader(GOOD))).isEqualTo(fromString);
        byte[] utf8 = ("\uFEFF" + GOOD).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CaseReader.read(new java.io.ByteArrayInputStream(utf8))).isEqualTo(fromString);
    }

    @Test
    @DisplayName("an InputStream that is not UTF-8 is INVALID_UTF8; a Reader past the limit is CASE_TOO_LARGE")
    void refusesBadStreams() {
        byte[] latin1 = GOOD.replace("couple-metro-2025", "caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CaseReader.read(new java.io.ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_UTF8));
        java.io.Reader endless = new java.io.Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, ' ');
                return length;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> CaseReader.read(endless))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CASE_TOO_LARGE));
    }
}

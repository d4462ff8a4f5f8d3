package org.amerules.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * Errors as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and the extensions {@code code} (stable error
 * code), {@code caseId} and {@code field} (the field path, or the query parameter).
 */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";
    static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /**
     * The problem body.
     *
     * @param status the HTTP status
     * @param p the problem
     * @param instance the request path
     * @return the problem object
     */
    static ObjectNode body(int status, CaseProblem p, String instance) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "about:blank");
        o.put("title", title(status));
        o.put("status", status);
        String detail = p.field().isEmpty() ? p.problem() : p.field() + ": " + p.problem();
        o.put("detail", p.caseId() == null ? detail : p.caseId() + ": " + detail);
        o.put("instance", instance);
        o.put("code", p.code());
        if (p.caseId() == null) {
            o.putNull("caseId");
        } else {
            o.put("caseId", p.caseId());
        }
        o.put("field", p.field());
        if (p.message() != null) {
            o.put("message", p.message());
        }
        return o;
    }

    /**
     * Answers the request with a problem.
     *
     * @param ctx the request
     * @param status the HTTP status
     * @param p the problem
     */
    static void send(Context ctx, int status, CaseProblem p) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE);
        ctx.result(body(status, p, ctx.path()).toString());
    }

    /** The reason phrase of a status (RFC 9110), as {@code about:blank} problems take it for title. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}

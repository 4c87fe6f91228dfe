package dev.zhengzhao.verifierapi.web;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.verifierapi.access.BodyLimitFilter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The edge where the one error vocabulary becomes RFC 9457 problem responses. The {@code type} is
 * stable per error code; {@code detail} says what to fix. An unexpected exception is logged with
 * its stack trace and answered with a generic 500 whose text says nothing about the inside.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice {
    public static final String TYPE_BASE = "https://zhengzhao.dev/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final MeterRegistry meters;

    public ProblemAdvice(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(ZhengzhaoException.class)
    ResponseEntity<ProblemDetail> domain(ZhengzhaoException e, HttpServletRequest request) {
        if (e.code().kind() == ErrorCode.Kind.UNAVAILABLE) {
            log.warn(
                    "{} on {}: {}",
                    e.code(),
                    request.getRequestURI(),
                    e.getCause() == null ? "" : e.getCause().toString());
        }
        return problem(e.code(), e.getMessage(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (BodyLimitFilter.causedByLimit(e)) {
            return problem(ErrorCode.PAYLOAD_TOO_LARGE, "the request body is larger than the service accepts", request);
        }
        return problem(ErrorCode.MALFORMED_BODY, "the request body is not valid JSON of the expected shape", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not accepted here; use " + e.getSupportedMediaTypes(),
                request);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return problem(ErrorCode.PAYLOAD_TOO_LARGE, "the upload is larger than the service accepts", request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        return problem(ErrorCode.MALFORMED_BODY, "the multipart body could not be read", request);
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MissingRequestHeaderException.class,
        MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
        String what =
                switch (e) {
                    case MissingServletRequestParameterException m ->
                        "query parameter '" + m.getParameterName() + "' is required";
                    case MissingRequestHeaderException m -> "header '" + m.getHeaderName() + "' is required";
                    case MethodArgumentTypeMismatchException m -> "parameter '" + m.getName() + "' has the wrong form";
                    default -> "a parameter is wrong";
                };
        return problem(ErrorCode.INVALID_REQUEST, what, request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.METHOD_NOT_ALLOWED, "method " + e.getMethod() + " is not allowed here");
        p.setType(URI.create(TYPE_BASE + "method-not-allowed"));
        p.setTitle("method-not-allowed");
        count("method-not-allowed");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(p);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return problem(ErrorCode.NOT_FOUND, "there is nothing at " + request.getRequestURI(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            // Spring MVC's own request errors (not acceptable, missing path variable…): their status
            // and a code named after it; the detail is Spring's generic sentence, never ours.
            HttpStatusCode status = known.getStatusCode();
            String code = "http-" + status.value();
            ProblemDetail p =
                    ProblemDetail.forStatusAndDetail(status, known.getBody().getDetail());
            p.setType(URI.create(TYPE_BASE + code));
            p.setTitle(code);
            p.setProperty("code", code);
            count(code);
            return ResponseEntity.status(status)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "the service failed to answer; the failure was logged");
        p.setType(URI.create(TYPE_BASE + "internal-error"));
        p.setTitle("internal-error");
        count("internal-error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(p);
    }

    private ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail, HttpServletRequest request) {
        count(code.slug());
        HttpStatusCode status = status(code.kind());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + code.slug()));
        p.setTitle(code.slug());
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("code", code.slug());
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /**
     * Problem answers by code, on every route: the QR verification routes are not timed by
     * {@code http.server.requests} (see MetricsConfiguration), so their refusals are counted here.
     */
    private void count(String code) {
        meters.counter("zz.problems", "code", code).increment();
    }

    static HttpStatus status(ErrorCode.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    }
}

package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Resolves the caller of every API request from {@code Authorization: Bearer <key>} (an API key,
 * {@code zz_…}) or {@code Bearer <JWT>} (a signed-in holder); requests
 * without a key are the public, which is rate limited per client address.
 */
public final class CallerFilter extends OncePerRequestFilter {
    public static final String ATTRIBUTE = Caller.class.getName();

    private final ApiKeys keys;
    private final HolderTokens holders;
    private final PublicRateLimiter limiter;
    private final HandlerExceptionResolver errors;

    public CallerFilter(
            ApiKeys keys, HolderTokens holders, PublicRateLimiter limiter, HandlerExceptionResolver errors) {
        this.keys = keys;
        this.holders = holders;
        this.limiter = limiter;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Caller caller = resolve(request);
            AccessRules.check(request.getMethod(), request.getRequestURI(), caller);
            request.setAttribute(ATTRIBUTE, caller);
        } catch (ZhengzhaoException e) {
            errors.resolveException(request, response, null, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private Caller resolve(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            limiter.acquire(request.getRemoteAddr());
            return Caller.PUBLIC;
        }
        if (!header.startsWith("Bearer ")) {
            throw new ZhengzhaoException(
                    ErrorCode.UNAUTHENTICATED, "the Authorization header must be 'Bearer <API key>'");
        }
        String token = header.substring(7).strip();
        if (!token.startsWith("zz_")) {
            return Caller.holder(holders.verify(token));
        }
        return keys.find(token)
                .orElseThrow(
                        () -> new ZhengzhaoException(ErrorCode.UNAUTHENTICATED, "the API key is unknown or revoked"));
    }
}

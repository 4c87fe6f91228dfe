package dev.zhengzhao.verifierapi.verification;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI body and answer of the two JSON QR routes: they read the request and write the
 * report themselves (see {@link VerificationController}), so springdoc cannot infer either from
 * the method signature.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(
        required = true,
        content = @Content(schema = @Schema(implementation = VerificationController.QrRequest.class)))
@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
@interface QrVerificationDoc {}

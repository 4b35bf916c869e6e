package org.carbonmrv.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes each service's OpenAPI a contract an integrator can generate a client from: the security
 * each operation needs (a bearer token of the realm, or none for the public views and health), and
 * the problem-details answers each can give, with the schema of a problem and an example of each.
 * Which answers an operation can give follows from what it is: any secured one 401 and 403, one
 * with path variables 404, one with a body 400, 415 and 422, a command 409, every one 429 and 503.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiContractConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    @Bean
    OpenApiCustomizer apiContract(
            @Value("${mrv.security.public-paths:}") List<String> publicPaths,
            @Value("${mrv.openapi.token-url:http://127.0.0.1:18080/realms/carbon-mrv/protocol/openid-connect/token}")
                    String tokenUrl) {
        return openApi -> describe(openApi, publicPaths, tokenUrl);
    }

    static void describe(OpenAPI openApi, List<String> publicPaths, String tokenUrl) {
        openApi.setServers(null); // the gateway's address is the integrator's, not a service's own
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("an access token of the carbon-mrv realm: client credentials for machine clients,"
                                + " the authorization code flow for people (through the portal)")
                        .flows(new OAuthFlows()
                                .clientCredentials(
                                        new OAuthFlow().tokenUrl(tokenUrl).scopes(new Scopes()))));
        components.addSchemas(PROBLEM, problemSchema());
        AntPathMatcher matcher = new AntPathMatcher();
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            boolean open = path.startsWith("/actuator")
                    || publicPaths.stream().anyMatch(pattern -> matcher.match(pattern, path));
            item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation, open));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation, boolean open) {
        operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean keyed =
                parameters && operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()));
        if (method == PathItem.HttpMethod.POST && !open && !keyed) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name("Idempotency-Key")
                    .required(false)
                    .description("the same key again (a retry after a lost answer) gets the first answer and stores"
                            + " nothing twice; at most 255 characters; kept for a day")
                    .schema(new StringSchema().maxLength(255))
                    .example("dcs-2019-02-lng"));
        }
        Map<String, String[]> problems = new TreeMap<>();
        if (body || parameters) {
            problems.put("400", new String[] {"invalid-request", "a field breaks its rule (errors name each)"});
        }
        if (!open) {
            problems.put("401", new String[] {"unauthorized", "no token, or an expired one, or one of another client"});
            problems.put("403", new String[] {"forbidden", "the caller's roles do not allow this"});
        }
        if (path.contains("{")) {
            problems.put("404", new String[] {"not-found", "no such resource, or not one the caller may see"});
        }
        if (command) {
            problems.put(
                    "409", new String[] {"conflict", "the state does not allow it now (the code says which rule)"});
        }
        if (body) {
            problems.put("413", new String[] {"upload-too-large", "the body is larger than the operation takes"});
            problems.put("415", new String[] {"unsupported-media-type", "the body's media type is not one it takes"});
            problems.put("422", new String[] {"unprocessable", "well formed but against a domain rule"});
        }
        problems.put("429", new String[] {"too-many-requests", "the organisation's rate limit; Retry-After says when"});
        problems.put(
                "503", new String[] {"unavailable", "overloaded or a service it needs is down; Retry-After says when"});
        problems.forEach((status, problem) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problemResponse(Integer.parseInt(status), problem[0], problem[1]));
            }
        });
    }

    private static ApiResponse problemResponse(int status, String code, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://carbon-mrv.org/problems/" + code);
        example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", description);
        example.put("code", code);
        example.put("errors", status == 400 ? List.of(Map.of("field", "quantity", "rule", "positive")) : List.of());
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_MEDIA_TYPE,
                                new MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                        .example(example)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().example("rows[3].unit"))
                .addProperty("rule", new StringSchema().example("unit-of-parameter"))
                .addProperty("value", new StringSchema().nullable(true).example("kg"));
        return new ObjectSchema()
                .description("RFC 9457 problem details, with the platform's code and the field-level errors")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().example("overlapping-readings"))
                .addProperty("errors", new ArraySchema().items(fieldProblem))
                .required(List.of("type", "title", "status", "code"));
    }
}

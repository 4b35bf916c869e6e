package org.carbonmrv.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in to the portal as a browser does (the authorization code flow through Keycloak's
 * login form), so the benchmark can load the portal's pages with the session cookie. Cookies are
 * kept by hand: Keycloak marks its own Secure, which a browser sends to 127.0.0.1 and Java's cookie
 * manager does not.
 */
final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The value of the {@code Cookie} header that makes requests the signed-in user's. */
    static String signIn(String portal, String user) throws IOException, InterruptedException {
        PortalSession session = new PortalSession();
        HttpResponse<String> page =
                session.follow(HttpRequest.newBuilder(URI.create(portal + "/oauth2/authorization/keycloak"))
                        .GET());
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form at " + page.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = session.follow(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        if (home.statusCode() != 200 || !session.cookies.containsKey("MRV_PORTAL")) {
            throw new IllegalStateException(
                    "signing " + user + " in ended at " + home.uri() + " with " + home.statusCode());
        }
        return "MRV_PORTAL=" + session.cookies.get("MRV_PORTAL");
    }

    private HttpResponse<String> follow(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).strip(),
                        pair.substring(equals + 1).strip());
            }
        }
        return response;
    }
}

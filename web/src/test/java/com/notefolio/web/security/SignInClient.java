package com.notefolio.web.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the sign-in form over real HTTP, as a browser uses it: it keeps its cookies, reads the CSRF
 * token Vaadin puts in the sign-in page ({@code <meta name="_csrf">}) and posts it with the form, from a
 * client address of its choosing (sent as X-Forwarded-For, which the server trusts from loopback).
 */
final class SignInClient {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final String base;
    private final String address;
    private final HttpClient client;

    SignInClient(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form with the page's CSRF token; the response is the server's redirect. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        String page = get("/login").body();
        String parameter = null;
        String token = null;
        for (Matcher m = META.matcher(page); m.find(); ) {
            if (m.group(1).equals("_csrf_parameter")) {
                parameter = m.group(2);
            } else {
                token = m.group(2);
            }
        }
        if (parameter == null || token == null) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        return post("/login", form("username", username) + "&" + form("password", password) + "&" + form(parameter, token));
    }

    /** Posts the sign-in form without any token. */
    HttpResponse<String> signInWithoutToken(String username, String password) throws Exception {
        get("/login");
        return post("/login", form("username", username) + "&" + form("password", password));
    }

    static boolean signedIn(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location")
                .filter(l -> !l.contains("/login")).isPresent();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return address == null ? builder : builder.header("X-Forwarded-For", address);
    }

    private static String form(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

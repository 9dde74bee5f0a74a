package dev.plumbline.schemagen;

import io.kubernetes.client.openapi.ApiCallback;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.Pair;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.OkHttpClient;

/**
 * Finds every apiVersion/kind the API can create, from the client's {@code *Api} classes: each public
 * {@code create...} method whose body is a model class is invoked with a client that records the
 * request path instead of building a request (nothing is serialized or sent), and the path says the
 * group, version, plural and scope. Subresources ({@code pods/{name}/eviction}) are skipped.
 */
final class ApiKindScanner {

    private static final String APIS_PACKAGE = "io.kubernetes.client.openapi.apis.";
    private static final String PLACEHOLDER = "plumbline-arg";

    private ApiKindScanner() {
    }

    static List<ApiKind> scan() throws IOException, ReflectiveOperationException {
        PathRecorder client = new PathRecorder();
        Map<String, ApiKind> kinds = new LinkedHashMap<>();
        for (String className : ClassNames.inPackageOf(CoreV1Api.class)) {
            if (!className.endsWith("Api") || className.contains("$")) {
                continue;
            }
            Class<?> apiClass = Class.forName(APIS_PACKAGE + className);
            Optional<Constructor<?>> constructor = Arrays.stream(apiClass.getConstructors())
                    .filter(c -> c.getParameterCount() == 1 && c.getParameterTypes()[0] == ApiClient.class)
                    .findFirst();
            if (constructor.isEmpty()) {
                continue;
            }
            Object api = constructor.get().newInstance(client);
            Method[] methods = apiClass.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                kindOf(api, client, method).ifPresent(kind -> kinds.putIfAbsent(kind.apiVersion() + " " + kind.kind(), kind));
            }
        }
        List<ApiKind> sorted = new ArrayList<>(kinds.values());
        sorted.sort(Comparator.comparing(ApiKind::apiVersion).thenComparing(ApiKind::kind));
        return sorted;
    }

    private static Optional<ApiKind> kindOf(Object api, PathRecorder client, Method method)
            throws ReflectiveOperationException {
        if (!method.getName().startsWith("create")) {
            return Optional.empty();
        }
        Class<?>[] parameters = method.getParameterTypes();
        Class<?> model = null;
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == String.class) {
                arguments[i] = PLACEHOLDER + i;
            } else if (ModelCatalog.isModel(parameters[i])) {
                model = parameters[i];
                arguments[i] = parameters[i].getConstructor().newInstance();
            }
        }
        if (model == null) {
            return Optional.empty();
        }
        Object request = method.invoke(api, arguments);
        client.path = null;
        try {
            request.getClass().getMethod("buildCall", ApiCallback.class).invoke(request, (Object) null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build the request of " + method, e.getCause());
        }
        if (client.path == null) {
            throw new IllegalStateException(method + " built no request");
        }
        return parse(client.path, model);
    }

    /** {@code /api/v1/namespaces/{ns}/pods} or {@code /apis/apps/v1/deployments}; anything longer is a subresource. */
    static Optional<ApiKind> parse(String path, Class<?> model) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        int rest;
        String group;
        String version;
        if (segments.size() >= 3 && segments.get(0).equals("api")) {
            group = "";
            version = segments.get(1);
            rest = 2;
        } else if (segments.size() >= 4 && segments.get(0).equals("apis")) {
            group = segments.get(1);
            version = segments.get(2);
            rest = 3;
        } else {
            return Optional.empty();
        }
        List<String> tail = segments.subList(rest, segments.size());
        boolean namespaced;
        String plural;
        if (tail.size() == 1) {
            namespaced = false;
            plural = tail.get(0);
        } else if (tail.size() == 3 && tail.get(0).equals("namespaces") && tail.get(1).startsWith(PLACEHOLDER)) {
            namespaced = true;
            plural = tail.get(2);
        } else {
            return Optional.empty();
        }
        String apiVersion = group.isEmpty() ? version : group + "/" + version;
        return Optional.of(new ApiKind(apiVersion, ModelCatalog.displayName(model), plural, namespaced, model));
    }

    /** A client whose calls only remember their path. */
    private static final class PathRecorder extends ApiClient {
        private String path;

        PathRecorder() {
            super(new OkHttpClient());
        }

        @Override
        public Call buildCall(String baseUrl, String requestPath, String method, List<Pair> queryParams,
                List<Pair> collectionQueryParams, Object body, Map<String, String> headerParams,
                Map<String, String> cookieParams, Map<String, Object> formParams, String[] authNames,
                ApiCallback callback) {
            this.path = requestPath;
            return null;
        }
    }

    /** One creatable kind. */
    record ApiKind(String apiVersion, String kind, String plural, boolean namespaced, Class<?> model) {
    }
}

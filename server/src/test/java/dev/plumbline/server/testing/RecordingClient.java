package dev.plumbline.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A language client that records what the server sends. Tests wait on futures completed by the
 * matching message (never on time): {@link #awaitPublish} completes at once when a recorded publish
 * already matches, otherwise when one arrives.
 */
public final class RecordingClient implements LanguageClient {

    private record Waiter(String uri, Predicate<PublishDiagnosticsParams> matches,
            CompletableFuture<PublishDiagnosticsParams> future) {
    }

    private final List<PublishDiagnosticsParams> publishes = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private final List<MessageParams> logs = new ArrayList<>();
    private final CompletableFuture<RegistrationParams> registration = new CompletableFuture<>();
    private final List<ConfigurationParams> configurationRequests = new ArrayList<>();
    private volatile Object configuration;

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        publishes.add(params);
        for (Waiter waiter : List.copyOf(waiters)) {
            if (waiter.uri().equals(params.getUri()) && waiter.matches().test(params)) {
                waiters.remove(waiter);
                waiter.future().complete(params);
            }
        }
    }

    /** The first publish for {@code uri} (recorded or still to come) that satisfies {@code matches}. */
    public synchronized CompletableFuture<PublishDiagnosticsParams> awaitPublish(String uri,
            Predicate<PublishDiagnosticsParams> matches) {
        for (PublishDiagnosticsParams params : publishes) {
            if (params.getUri().equals(uri) && matches.test(params)) {
                return CompletableFuture.completedFuture(params);
            }
        }
        CompletableFuture<PublishDiagnosticsParams> future = new CompletableFuture<>();
        waiters.add(new Waiter(uri, matches, future));
        return future;
    }

    /** The diagnostics published for {@code uri} at {@code version}. */
    public CompletableFuture<PublishDiagnosticsParams> diagnostics(String uri, int version) {
        return awaitPublish(uri, p -> p.getVersion() != null && p.getVersion() == version);
    }

    /** The publish that clears {@code uri} when it is closed: empty, without a version. */
    public CompletableFuture<PublishDiagnosticsParams> cleared(String uri) {
        return awaitPublish(uri, p -> p.getVersion() == null && p.getDiagnostics().isEmpty());
    }

    public synchronized List<PublishDiagnosticsParams> publishes(String uri) {
        return publishes.stream().filter(p -> p.getUri().equals(uri)).toList();
    }

    /** "uri@version:count" for every publish, for failure messages. */
    public synchronized String publishesSummary() {
        return publishes.stream().map(p -> p.getUri() + "@" + p.getVersion() + ":" + p.getDiagnostics().size()).toList().toString();
    }

    public synchronized List<MessageParams> logs() {
        return List.copyOf(logs);
    }

    public CompletableFuture<RegistrationParams> registration() {
        return registration;
    }

    /** What {@code workspace/configuration} answers for the plumbline section from now on. */
    public void configuration(Object section) {
        configuration = section;
    }

    public synchronized List<ConfigurationParams> configurationRequests() {
        return List.copyOf(configurationRequests);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        synchronized (this) {
            configurationRequests.add(params);
        }
        List<Object> answer = new ArrayList<>();
        params.getItems().forEach(item -> answer.add(configuration));
        return CompletableFuture.completedFuture(answer);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registration.complete(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }
}

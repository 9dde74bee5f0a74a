package dev.plumbline.intellij;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of an LSP4IJ user-defined server, as far as the server can see it: it answers
 * {@code workspace/configuration} from the template's settings.json the way LanguageClientImpl
 * does (the object at the dotted section, else null) and records what the server publishes.
 */
final class TemplateClient implements LanguageClient {

    private record Waiter(String uri, Predicate<PublishDiagnosticsParams> matches,
            CompletableFuture<PublishDiagnosticsParams> future) {
    }

    private final JsonObject settings;
    private final List<PublishDiagnosticsParams> publishes = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private final List<String> configurationSections = new ArrayList<>();
    private final List<String> logs = new ArrayList<>();

    TemplateClient(JsonObject settings) {
        this.settings = settings;
    }

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

    /** The first publish for {@code uri}, recorded or still to come, that satisfies {@code matches}. */
    synchronized CompletableFuture<PublishDiagnosticsParams> awaitPublish(String uri,
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

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> answers = new ArrayList<>();
        for (ConfigurationItem item : params.getItems()) {
            synchronized (this) {
                configurationSections.add(item.getSection());
            }
            answers.add(item.getSection() == null ? null : Lsp4ijTemplate.findSettings(settings, item.getSection()));
        }
        return CompletableFuture.completedFuture(answers);
    }

    synchronized List<String> configurationSections() {
        return List.copyOf(configurationSections);
    }

    synchronized List<String> logs() {
        return List.copyOf(logs);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
        logs.add(params.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void logMessage(MessageParams params) {
        logs.add(params.getMessage());
    }
}

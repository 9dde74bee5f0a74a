package dev.plumbline.schemagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKindScannerTest {

    @Test
    void readsGroupVersionPluralAndScopeFromTheRequestPath() {
        assertEquals(Optional.of(new ApiKindScanner.ApiKind("apps/v1", "Deployment", "deployments", true, V1Deployment.class)),
                ApiKindScanner.parse("/apis/apps/v1/namespaces/plumbline-arg0/deployments", V1Deployment.class));
        assertEquals(Optional.of(new ApiKindScanner.ApiKind("v1", "Namespace", "namespaces", false, V1Namespace.class)),
                ApiKindScanner.parse("/api/v1/namespaces", V1Namespace.class));
        assertEquals(Optional.empty(), ApiKindScanner.parse("/api/v1/namespaces/plumbline-arg0/pods/plumbline-arg1/eviction",
                V1Deployment.class), "a subresource");
        assertEquals(Optional.empty(), ApiKindScanner.parse("/version", V1Deployment.class));
    }

    @Test
    void kindsAreModelNamesWithoutTheirVersionPrefix() {
        assertEquals("Event", ModelCatalog.displayName(CoreV1Event.class));
        assertEquals("HorizontalPodAutoscaler", ModelCatalog.displayName(V2HorizontalPodAutoscaler.class));
    }
}

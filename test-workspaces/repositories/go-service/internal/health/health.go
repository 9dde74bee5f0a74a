package health

import "net/http"

// Handler answers the kubelet's probes.
func Handler(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

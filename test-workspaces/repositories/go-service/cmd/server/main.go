package main

import (
	"log"
	"net/http"

	"github.com/example/orders/internal/health"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", health.Handler)
	mux.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}

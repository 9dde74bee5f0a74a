require("http").get("http://localhost:8080/healthz", (r) => process.exit(r.statusCode === 200 ? 0 : 1));

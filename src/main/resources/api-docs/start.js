window.ui = SwaggerUIBundle({ url: "/openapi/aanbodwijzer.yaml", dom_id: "#api" });

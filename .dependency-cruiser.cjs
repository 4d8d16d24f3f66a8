/**
 * The architecture's arrows (docs/architecture.md, "Parts and arrows"), checked by
 * `npm run lint`. .astro files are checked against the same rules by
 * scripts/check-astro-imports.ts, since dependency-cruiser cannot read them.
 */
module.exports = {
  forbidden: [
    {
      name: "api-not-to-site",
      comment: "The API (functions/) runs and is tested in workerd alone: it never imports the site (src/).",
      severity: "error",
      from: { path: "^functions/" },
      to: { path: "^src/" },
    },
    {
      name: "tracker-types-only",
      comment: "The tracker ships to every reader: at run time it imports nothing, only types.",
      severity: "error",
      from: { path: "^src/tracker/" },
      to: { pathNot: "^src/tracker/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "shared-imports-neither",
      comment: "shared/ and the author's settings hold the facts both halves need, so they import neither.",
      severity: "error",
      from: { path: "^(shared/|site\\.config\\.ts$)" },
      to: { path: "^(src|functions|scripts|tests)/" },
    },
    {
      name: "site-not-to-tables",
      comment: "Site pages read through functions/queries/, never the tables themselves.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^functions/db/(schema|tables/)" },
    },
    {
      name: "product-not-to-tests-or-scripts",
      comment: "Nothing that ships imports tests or scripts.",
      severity: "error",
      from: { path: "^(src|functions|shared)/|^site\\.config\\.ts$" },
      to: { path: "^(tests|scripts)/" },
    },
    {
      name: "scripts-not-to-tests",
      comment: "Tests may use the scripts' helpers (scripts/lib/); scripts never import tests.",
      severity: "error",
      from: { path: "^scripts/" },
      to: { path: "^tests/" },
    },
    {
      name: "http-errors-at-the-edge",
      comment: "Domain code returns typed outcomes; only routes, middleware and the error handler speak HTTP.",
      severity: "error",
      from: { path: "^functions/", pathNot: "^functions/(routes/|middleware/|errors\\.ts$)" },
      to: { path: "hono/dist/.*http-exception" },
    },
    {
      name: "site-not-to-hono",
      comment: "Astro pages map domain outcomes themselves; they never read Hono's errors.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "node_modules/hono/" },
    },
    {
      name: "no-unresolvable",
      comment: "An import that resolves to nothing is a typo or a missing dependency.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^(cloudflare:|astro:|virtual:)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|\\.astro|\\.wrangler)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".mjs", ".js", ".json", ".astro"],
      exportsFields: ["exports"],
      conditionNames: ["types", "import", "require", "node", "default"],
    },
  },
};

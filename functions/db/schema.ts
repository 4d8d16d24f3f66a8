// The drizzle schema, one file per area; drizzle-kit reads every table exported here.
export * from "./tables/analytics";
export * from "./tables/auth";
export * from "./tables/comments";
export * from "./tables/letter";
export * from "./tables/site";

// Demo content for the seed (prisma/seed), written from shared/seeds.
export type * from "./types";
export { neighbourhoods } from "./neighbourhoods";
export { organisations } from "./organisations";
export { offers } from "./offers";
export { testimonies } from "./testimonies";
export { campaigns } from "./campaigns";
export { actionLines, actionPlanIntro } from "./action-plan";
export { pages } from "./pages";

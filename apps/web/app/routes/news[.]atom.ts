// GET /news.atom: the force's news as an Atom feed (app/lib/content/content.server.ts).
export { newsFeedLoader as loader } from '../lib/content/content.server.ts'

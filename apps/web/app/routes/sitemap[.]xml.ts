// GET /sitemap.xml: the force's public pages (app/lib/content/content.server.ts).
export { sitemapLoader as loader } from '../lib/content/content.server.ts'

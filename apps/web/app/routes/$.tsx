import { data } from '@remix-run/node'

/** Any path no route claims is a 404 in the site's own frame. */
export function loader() {
  throw data(null, { status: 404 })
}

export default function NotFound() {
  return null
}

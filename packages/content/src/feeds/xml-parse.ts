// Test helper: parses XML with jsdom's DOMParser (in tests that run in the jsdom environment), so the
// feed and sitemap tests prove the output is well-formed rather than only looking at strings.
interface XmlNode {
  textContent: string | null
  getAttribute(name: string): string | null
}
interface XmlDocument {
  documentElement: { namespaceURI: string | null; localName: string; getAttribute(name: string): string | null }
  getElementsByTagName(name: string): ArrayLike<XmlNode>
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlNode>
}

export function parseXml(xml: string): XmlDocument {
  const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } }
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`not well-formed XML:\n${xml}`)
  return doc
}

export const texts = (doc: XmlDocument, tag: string) => Array.from(doc.getElementsByTagName(tag), (n) => n.textContent)

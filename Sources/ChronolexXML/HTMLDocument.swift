import CLibXML2

/// An HTML page built through libxml2's tree API. Text and attribute values are stored
/// as node content and escaped by libxml2 when the page is written: nothing a text
/// contains can become markup. The libxml2 document is freed with this object.
public final class HTMLDocument {
    private let doc: xmlDocPtr

    /// The `<html>` element.
    public let root: HTMLElement

    /// A new page: `<html lang=…>` with an empty head and body.
    public init(language: String) {
        chronolex_silenceErrors()
        doc = htmlNewDocNoDtD(nil, nil)
        // libxml2 returns no node only when memory is exhausted; nothing sensible goes on then.
        guard let html = xmlNewDocNode(doc, nil, "html", nil) else { fatalError("libxml2 could not allocate a node (out of memory)") }
        xmlDocSetRootElement(doc, html)
        root = HTMLElement(node: html, doc: doc)
        root.setAttribute("lang", language)
    }

    deinit { xmlFreeDoc(doc) }

    /// The page as UTF-8 text, with `<!DOCTYPE html>`.
    public func serialized() -> String {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        // libxml2 writes UTF-8 because the head declares it (see HTMLRenderer).
        htmlDocDumpMemoryFormat(doc, &buffer, &size, 0)
        guard let buffer else { return "" }
        defer { chronolex_xmlFree(buffer) }
        let text = String(decoding: UnsafeBufferPointer(start: buffer, count: Int(size)), as: UTF8.self)
        return "<!DOCTYPE html>\n" + text
    }
}

/// An element of an ``HTMLDocument``. Valid while its document lives.
public struct HTMLElement {
    let node: xmlNodePtr
    let doc: xmlDocPtr

    /// Appends a child element, with attributes and text, and returns it.
    @discardableResult
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) -> HTMLElement {
        guard let child = xmlNewDocNode(doc, nil, name, nil) else { fatalError("libxml2 could not allocate a node (out of memory)") }
        xmlAddChild(node, child)
        let element = HTMLElement(node: child, doc: doc)
        for (key, value) in attributes { element.setAttribute(key, value) }
        if let text { element.text(text) }
        return element
    }

    /// Appends text, escaped when the page is written.
    public func text(_ content: String) {
        guard !content.isEmpty else { return }
        guard let textNode = xmlNewDocText(doc, content) else { fatalError("libxml2 could not allocate a node (out of memory)") }
        xmlAddChild(node, textNode)
    }

    public func setAttribute(_ name: String, _ value: String) {
        xmlSetProp(node, name, value)
    }
}

/// The ids of one page's elements, each used once: an address repeated (two versions of
/// one article, a unit shown twice) gets a suffix (`art-3-2`). Every HTML writer of
/// Chronolex takes its ids from here, so that anchors are made one way.
public struct HTMLIDs: Sendable {
    private var used: Set<String> = []
    /// For each base given twice or more, the suffix to try next: the 10,000th heading
    /// « Chapitre 1er » of a page tried its suffixes from 2 each time (look 42: a page of
    /// 40,000 such headings did not finish in a minute).
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// A new id from `base`: `base` itself when free, else `base-2`, `base-3`, ….
    public mutating func unique(_ base: String) -> String {
        // Inserted as it is tried: one lookup per try, not a look then an insertion.
        if used.insert(base).inserted { return base }
        var n = nextSuffix[base] ?? 2
        while true {
            let candidate = base + "-" + String(n)
            n += 1
            if used.insert(candidate).inserted {
                nextSuffix[base] = n
                return candidate
            }
        }
    }

    /// Marks an id as taken.
    public mutating func reserve(_ id: String) { used.insert(id) }
}

import ChronolexDiff
import ChronolexModel
import ChronolexXML

/// A page of the reading room: the head (title, stylesheet), a header with the search
/// field, and a main column. Built through libxml2 (``HTMLDocument``), so every word of an
/// act or of a request is escaped by construction. No script.
struct Page {
    let document = HTMLDocument(language: "fr")
    let body: HTMLElement
    let main: HTMLElement

    /// `css`: a page's own rules (a report's), before the site's.
    init(title: String, query: String = "", css: String = "") {
        let head = document.root.element("head")
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.element("title", text: title + " — Chronolex")
        head.element("style", text: (css.isEmpty ? ConsolidatedHTML.stylesheet : css) + Self.css)
        body = document.root.element("body")
        let bar = body.element("nav", ["class": "bar"])
        bar.element("a", ["href": "/", "class": "home"], text: "Chronolex")
        let form = bar.element("form", ["action": "/search", "method": "get", "role": "search"])
        form.element("input", ["type": "search", "name": "q", "value": query, "placeholder": "numac, mots du titre ou du texte",
                                "aria-label": "Rechercher un acte", "maxlength": "200"])
        form.element("button", ["type": "submit"], text: "Rechercher")
        main = body.element("main")
    }

    func serialized() -> String { document.serialized() }

    /// A definition list of facts (label, value), empty values left out.
    @discardableResult
    static func facts(_ pairs: [(String, String?)], in element: HTMLElement) -> HTMLElement {
        let list = element.element("dl", ["class": "metadata"])
        for (label, value) in pairs {
            guard let value, !value.isEmpty else { continue }
            list.element("dt", text: label)
            list.element("dd", text: value)
        }
        return list
    }

    /// The site's own rules, after the act pages' stylesheet.
    static let css = """

    body { max-width: 72em; }
    nav.bar { display: flex; gap: 1em; align-items: center; border-bottom: 1px solid #bbb; padding: .4em 0; margin-bottom: 1em; }
    nav.bar .home { font-weight: bold; color: inherit; text-decoration: none; }
    nav.bar form { display: flex; gap: .4em; flex: 1; }
    nav.bar input[type=search] { flex: 1; font: inherit; padding: .2em .4em; }
    .layout { display: grid; grid-template-columns: 15em minmax(0, 1fr); gap: 2em; }
    nav.toc { font-size: .85em; position: sticky; top: 1em; align-self: start; max-height: 92vh; overflow: auto; }
    nav.toc ul { list-style: none; padding-left: .8em; margin: .2em 0; }
    nav.toc > ul { padding-left: 0; columns: auto; }
    nav.toc ol.versions { list-style: none; padding-left: 0; font-size: .95em; }
    form.dates { display: flex; gap: 1em; flex-wrap: wrap; align-items: end; margin: .5em 0 1em; font-size: .9em; }
    form.dates label { display: flex; flex-direction: column; }
    .paragraph, article { counter-reset: alinea; }
    p.alinea { counter-increment: alinea; position: relative; }
    p.alinea::before { content: counter(alinea); position: absolute; left: -2.2em; width: 1.8em; text-align: right; color: #999; font-size: .75em; }
    .error h1 { color: #900; }
    table.list { border-collapse: collapse; width: 100%; font-size: .92em; }
    table.list td, table.list th { border-bottom: 1px solid #ddd; padding: .3em .4em; text-align: left; vertical-align: top; }
    .status-applied { color: #060; } .status-failure { color: #900; font-weight: bold; }
    @media print { nav.bar, nav.toc, form.dates { display: none; } .layout { display: block; } }
    """
}

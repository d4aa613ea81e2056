import ChronolexModel

/// Writes an act as one self-contained, printable HTML page: its title and metadata,
/// division headings, and every article, §, alinéa and point with an anchor whose id is
/// its canonical address (`art-3-par-2-al-2`). Built through libxml2, so every text is
/// escaped by construction.
public struct HTMLRenderer: ActVisitor {
    private let document: HTMLDocument
    private var stack: [HTMLElement]
    private var ids = HTMLIDs()
    /// Called after each article is written, with its element (a page adds its provenance).
    private let afterArticle: ((Article, HTMLElement) -> Void)?

    private init(document: HTMLDocument, main: HTMLElement, afterArticle: ((Article, HTMLElement) -> Void)? = nil) {
        self.document = document
        self.stack = [main]
        self.afterArticle = afterArticle
    }

    /// Writes the act's divisions and articles into `element` of `document` (another page's
    /// main column), calling `afterArticle` after each article.
    public static func appendBody(of act: Act, to element: HTMLElement, in document: HTMLDocument,
                                  afterArticle: ((Article, HTMLElement) -> Void)? = nil) {
        var renderer = HTMLRenderer(document: document, main: element, afterArticle: afterArticle)
        renderer.walk(act)
    }

    /// The stylesheet of the act pages, for other pages that show acts.
    public static var stylesheet: String { PageStyle.css }

    /// - Complexity: O(n) in the size of the act.
    public static func render(_ act: Act, subtitle: String? = nil) -> String {
        let metadata = act.metadata
        let document = HTMLDocument(language: metadata.language?.rawValue ?? "fr")
        let head = document.root.element("head")
        // The http-equiv form is the one libxml2 reads to write the page as UTF-8.
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.element("title", text: metadata.title ?? act.file ?? "Acte")
        head.element("style", text: PageStyle.css)
        let body = document.root.element("body")
        let header = body.element("header")
        if let date = metadata.date {
            header.element("p", ["class": "act-date"], text: date.frenchHeading)
        }
        header.element("h1", text: metadata.title ?? act.file ?? "")
        if let subtitle { header.element("p", ["class": "subtitle"], text: subtitle) }
        let facts = header.element("dl", ["class": "metadata"])
        func fact(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            facts.element("dt", text: label)
            facts.element("dd", text: value)
        }
        fact("Numac", metadata.numac)
        fact("Publication", metadata.publication.map(\.french))
        fact("Dossier", metadata.dossier)
        fact("Source", metadata.source)
        fact("Entrée en vigueur", metadata.entryIntoForce.map(\.french))
        if let eli = metadata.eli, eli.hasPrefix("https://") || eli.hasPrefix("http://") {
            facts.element("dt", text: "ELI")
            facts.element("dd").element("a", ["href": eli], text: eli)
        }
        let main = body.element("main")
        for line in act.preamble { main.element("p", ["class": "preamble"], text: line.text) }
        var renderer = HTMLRenderer(document: document, main: main)
        renderer.walk(act)
        return document.serialized()
    }

    private var top: HTMLElement { stack[stack.count - 1] }

    /// A unique id from an address (a repeated address gets a suffix).
    private mutating func id(_ base: String) -> String { ids.unique(base) }

    public mutating func visitDivision(_ division: Division, depth: Int) {
        let section = top.element("section", ["class": "division division-\(division.kind.rawValue)",
                                              "id": id(Address.slug(division.citation))])
        section.element("h\(min(depth + 2, 6))", text: division.headingLine)
        for line in division.intro { section.element("p", ["class": "note"], text: line.text) }
        stack.append(section)
        descend(into: division, depth: depth)
        stack.removeLast()
    }

    public mutating func visitArticle(_ article: Article) {
        let element = top.element("article", ["class": article.status == .repealed ? "article repealed" : "article",
                                              "id": id(article.address.anchor)])
        let heading = element.element("h3", ["class": "article-heading"])
        heading.element("a", ["href": "#" + article.address.anchor, "title": article.address.description], text: Headings.article(article))
        if article.status == .repealed {
            element.element("p", ["class": "alinea repealed"], text: Headings.repealedArticle)
            afterArticle?(article, element)
            return
        }
        stack.append(element)
        descend(into: article)
        stack.removeLast()
        afterArticle?(article, element)
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        guard let number = paragraph.number else { return descend(into: paragraph, address: address) }
        let element = top.element("div", ["class": paragraph.status == .repealed ? "paragraph repealed" : "paragraph",
                                          "id": id(address.anchor)])
        pendingLabel = Headings.paragraph(number)
        if paragraph.status == .repealed {
            let p = element.element("p", ["class": "alinea"])
            p.element("span", ["class": "label"], text: pendingLabel)
            p.text(" " + Headings.repealedUnit)
            pendingLabel = ""
            return
        }
        stack.append(element)
        descend(into: paragraph, address: address)
        stack.removeLast()
    }

    private var pendingLabel = ""

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        let p = top.element("p", ["class": alinea.status == .repealed ? "alinea repealed" : "alinea", "id": id(address.anchor + "-alinea")])
        if !pendingLabel.isEmpty {
            p.element("span", ["class": "label"], text: pendingLabel)
            p.text(" ")
            pendingLabel = ""
        }
        if alinea.status == .repealed { return p.text(Headings.repealedUnit) }
        Self.addText(alinea.text, to: p)
        guard !alinea.points.isEmpty else { return }
        let list = top.element("ol", ["class": "points"])
        stack.append(list)
        descend(into: alinea, address: address)
        stack.removeLast()
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let item = top.element("li", ["class": point.status == .repealed ? "point repealed" : "point", "id": id(address.anchor)])
        item.element("span", ["class": "label"], text: point.label.description)
        item.text(" ")
        if point.status == .repealed { return item.text(Headings.repealedUnit) }
        Self.addText(point.text, to: item)
        guard !point.points.isEmpty else { return }
        let list = item.element("ol", ["class": "points"])
        stack.append(list)
        descend(into: point, address: address, depth: depth)
        stack.removeLast()
    }

    /// Text whose line breaks (a quoted text of several alinéas) become `<br>`.
    static func addText(_ text: String, to element: HTMLElement) {
        // Most units are one line: no split.
        guard text.utf8.contains(0x0A) else { return element.text(text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { element.element("br") }
            element.text(String(line))
        }
    }
}

/// The page's stylesheet: readable on screen, printable on A4, legible without colour.
enum PageStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: "Source Serif Pro", Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5;
           max-width: 46em; margin: 2em auto; padding: 0 1.5em; color: #111; background: #fff; }
    header { border-bottom: 2px solid #333; margin-bottom: 1.5em; padding-bottom: .5em; }
    h1 { font-size: 1.35em; margin: .2em 0 .6em; }
    .subtitle { font-style: italic; margin: 0 0 .6em; }
    .act-date { font-variant: small-caps; letter-spacing: .05em; margin: 0; }
    dl.metadata { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; font-size: .9em; margin: 0; }
    dl.metadata dt { font-weight: bold; }
    dl.metadata dd { margin: 0; overflow-wrap: anywhere; }
    .division > h2, .division > h3, .division > h4, .division > h5, .division > h6 {
        text-align: center; font-size: 1.05em; margin: 1.6em 0 .8em; }
    article { margin: 1.1em 0; }
    .article-heading { font-size: 1em; margin: 0 0 .3em; }
    .article-heading a { color: inherit; text-decoration: none; }
    p { margin: .25em 0; text-align: justify; hyphens: auto; }
    .label { font-weight: bold; }
    ol.points { list-style: none; margin: .2em 0 .4em; padding-left: 2.2em; }
    ol.points li { margin: .15em 0; text-indent: -2.2em; padding-left: 2.2em; }
    ol.points li > ol.points { text-indent: 0; }
    .repealed { color: #555; font-style: italic; }
    .preamble, .note { font-style: italic; }
    :target { background: #fff3b0; }
    @media print {
      @page { size: A4; margin: 2cm 2cm 2.2cm; }
      body { margin: 0; max-width: none; font-size: 11pt; }
      a { color: inherit; text-decoration: none; }
      article { break-inside: avoid-page; }
      h2, h3, h4 { break-after: avoid-page; }
      :target { background: none; }
    }
    """
}

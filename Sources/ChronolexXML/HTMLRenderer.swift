import ChronolexModel

/// What a page adds to the words of an act as they are written: the notes that say which
/// amending act wrote which words (Chronolex's provenance, beside Justel's own marks and
/// footnotes, which the renderer writes from the tree).
public protocol HTMLAnnotator: AnyObject {
    /// Called when an article starts: the notes that wrote the article as a whole (their
    /// markers open before its first words and close after its last), and a short title for
    /// each note number the article's markers use.
    func beginArticle(_ article: Article) -> HTMLArticleNotes
    /// The markers of the unit at `address`, whose words are `text`: spans in UTF-8 bytes.
    func marks(at address: Address, text: String) -> [JustelMark]
    /// Called when the article is written (its Justel footnotes included), with its element
    /// and its id (note `n` of the article is ``HTMLRenderer/noteID(_:_:)``).
    func endArticle(_ article: Article, element: HTMLElement, id: String)
    /// The places in the unit at `address` where words were deleted, each an empty span at
    /// its offset (UTF-8 bytes of `text`): written `[1 ...]1`, as Justel marks deleted words.
    func elisions(at address: Address, text: String) -> [JustelMark]
}

extension HTMLAnnotator {
    /// None, unless the annotator says where words were deleted.
    public func elisions(at address: Address, text: String) -> [JustelMark] { [] }
}

/// The notes of an article that an ``HTMLAnnotator`` gives when the article starts.
public struct HTMLArticleNotes: Sendable {
    /// The notes whose markers surround the whole article.
    public var wholeArticle: [Int]
    /// A short title for each note (shown when the pointer rests on a marker).
    public var titles: [Int: String]

    public init(wholeArticle: [Int] = [], titles: [Int: String] = [:]) {
        self.wholeArticle = wholeArticle
        self.titles = titles
    }
}

/// Writes an act as one self-contained, printable HTML page: its title and metadata,
/// division headings, and every article, §, alinéa and point with an anchor whose id is
/// its canonical address (`art-3-par-2-al-2`). Justel's markers (`[1 … ]1`) stay around the
/// words they mark, each a link to its footnote, and Justel's footnotes stay under their
/// article or division. Every text is escaped as libxml2 escapes it: nothing a text holds
/// becomes markup. `chronolex parse --format html` writes the page as it walks the act
/// (``write(_:subtitle:to:)``); other pages put the act into their own libxml2 tree.
public enum HTMLRenderer {
    /// Writes the act's divisions and articles into `element` of `document` (another page's
    /// main column), with the markers and notes `annotator` adds.
    public static func appendBody(of act: Act, to element: HTMLElement, in document: HTMLDocument,
                                  annotator: (any HTMLAnnotator)? = nil) {
        var writer = HTMLActWriter(main: element, annotator: annotator)
        writer.language = act.metadata.language
        writer.walk(act)
    }

    /// The id of note `number` of the element (article or division) whose id is `owner`.
    public static func noteID(_ owner: String, _ number: Int) -> String { "note-\(owner)-\(number)" }

    /// Writes the act's header: date, title, subtitle and the facts a jurist cites it by
    /// (numac, publication, dossier, source, entry into force, Justel's update date and
    /// note, ELI), plus `extraFacts` (label, value) after them.
    public static func appendHeader<Parent: HTMLParent>(of act: Act, subtitle: String?, extraFacts: [(String, String?)] = [], to body: Parent) {
        let metadata = act.metadata
        let header = body.element("header")
        if let date = metadata.date {
            header.element("p", ["class": "act-date"], text: date.heading(in: metadata.language))
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
        fact("Mise à jour au", metadata.consolidatedOn.map { $0.french + " (texte consolidé de Justel)" })
        for (label, value) in extraFacts { fact(label, value) }
        if let eli = metadata.eli, eli.hasPrefix("https://") || eli.hasPrefix("http://") {
            facts.element("dt", text: "ELI")
            facts.element("dd").element("a", ["href": eli], text: eli)
        }
        if let note = metadata.justelNote, !note.isEmpty {
            header.element("p", ["class": "note justel-note"], text: note)
        }
    }

    /// The stylesheet of the act pages, for other pages that show acts.
    public static var stylesheet: String { PageStyle.css }

    /// Writes the page to `sink` as the act is walked: no page is held in memory.
    ///
    /// - Complexity: O(n) in the size of the act.
    public static func write(_ act: Act, subtitle: String? = nil, to sink: OutputSink) {
        var renderer = HTMLStreamRenderer(to: sink, subtitle: subtitle)
        act.stream(to: &renderer)
    }

    /// The same page built as a libxml2 tree, then serialized: the bytes ``write(_:subtitle:to:)``
    /// must give.
    ///
    /// - Complexity: O(n) in the size of the act.
    public static func render(_ act: Act, subtitle: String? = nil) -> String {
        let document = HTMLDocument(language: act.metadata.language?.rawValue ?? "fr")
        var writer = HTMLActWriter(main: pageMain(act, subtitle: subtitle, root: document.root))
        writer.language = act.metadata.language
        writer.walk(act)
        return document.serialized()
    }

    /// The page's head, the act's header and its preamble; returns the `<main>` element the
    /// divisions and articles go into.
    static func pageMain<Parent: HTMLParent>(_ act: Act, subtitle: String?, root: Parent) -> Parent {
        let metadata = act.metadata
        let head = root.element("head")
        // The http-equiv form is the one libxml2 reads to write the page as UTF-8.
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.element("title", text: metadata.title ?? act.file ?? "Acte")
        head.element("style", text: PageStyle.css)
        let body = root.element("body")
        appendHeader(of: act, subtitle: subtitle, to: body)
        let main = body.element("main")
        for line in act.preamble { main.element("p", ["class": "preamble"], text: line.text) }
        return main
    }

    /// Justel's footnotes under an article or a division heading, each with its id.
    public static func appendFootnotes<Parent: HTMLParent>(_ footnotes: [JustelFootnote], owner: String, to element: Parent) {
        let notes = footnotes.filter { $0.number > 0 || !$0.text.isEmpty }
        guard !notes.isEmpty else { return }
        let list = element.element("ol", ["class": "notes justel-notes", "aria-label": "Notes de Justel"])
        for note in notes {
            let item = list.element("li", note.number > 0 ? ["id": noteID(owner, note.number)] : [:])
            item.element("span", ["class": "note-number"], text: note.number > 0 ? "(\(note.number))" : "–")
            item.text(" " + note.text)
        }
    }

    /// Text whose line breaks (a quoted text of several alinéas) become `<br>`.
    static func addText<Parent: HTMLParent>(_ text: String, to element: Parent) {
        // Most units are one line: no split.
        guard text.utf8.contains(0x0A) else { return element.text(text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { element.element("br") }
            element.text(String(line))
        }
    }
}

/// The walk that writes an act's divisions and articles into an element, in document
/// order (as ``HTMLStream`` needs): into a libxml2 tree or straight to the output.
struct HTMLActWriter<Parent: HTMLParent>: ActVisitor {
    private var stack: [Parent]
    private var ids = HTMLIDs()
    /// Adds a page's provenance (markers of its own notes, the notes after each article);
    /// only a libxml2 tree has one (``HTMLAnnotator/endArticle(_:element:id:)`` takes its element).
    private var annotator: (any HTMLAnnotator)?
    /// The article being written: its id, the titles of its notes, the notes of the whole
    /// article still to open, and the last element that received words (where they close).
    private var articleID = ""
    private var noteTitles: [Int: String] = [:]
    private var pendingOpen: [Int] = []
    private var lastText: Parent?
    /// The act's language, for its headings (`Artikel 1.`, `(Opgeheven)`).
    var language: Language?

    init(main: Parent) {
        self.stack = [main]
    }

    private var top: Parent { stack[stack.count - 1] }

    /// A unique id from an address (a repeated address gets a suffix).
    private mutating func id(_ base: String) -> String { ids.unique(base) }

    mutating func visitDivision(_ division: Division, depth: Int) {
        openDivision(division, depth: depth)
        descend(into: division, depth: depth)
        closeDivision()
    }

    /// The division's section with its heading, intro and footnotes; what it holds goes
    /// into it until ``closeDivision()``.
    mutating func openDivision(_ division: Division, depth: Int) {
        let divisionID = id(Address.slug(division.citation))
        let section = top.element("section", ["class": "division division-\(division.kind.rawValue)", "id": divisionID])
        section.element("h\(min(depth + 2, 6))", text: division.printedHeadingLine(language: language))
        for line in division.intro { section.element("p", ["class": "note"], text: line.text) }
        HTMLRenderer.appendFootnotes(division.footnotes, owner: divisionID, to: section)
        stack.append(section)
    }

    mutating func closeDivision() { stack.removeLast() }

    mutating func visitArticle(_ article: Article) {
        let articleID = id(article.address.anchor)
        let element = top.element("article", ["class": article.status == .repealed ? "article repealed" : "article", "id": articleID])
        let heading = element.element("h3", ["class": "article-heading"])
        heading.element("a", ["href": "#" + article.address.anchor, "title": article.address.description], text: Headings.article(article, language: language))
        self.articleID = articleID
        let notes = annotator?.beginArticle(article) ?? HTMLArticleNotes()
        noteTitles = notes.titles
        for note in article.footnotes where note.number > 0 && noteTitles[note.number] == nil { noteTitles[note.number] = note.text }
        pendingOpen = notes.wholeArticle
        lastText = nil
        if article.status == .repealed {
            let p = element.element("p", ["class": "alinea repealed"])
            write(Headings.repealedArticle(in: language), marks: [], to: p)
        } else {
            stack.append(element)
            descend(into: article)
            stack.removeLast()
        }
        // The notes of the whole article close after its last words.
        if let lastText {
            for number in notes.wholeArticle.reversed() { marker(number, opens: false, in: lastText) }
        }
        HTMLRenderer.appendFootnotes(article.footnotes, owner: articleID, to: element)
        if let annotator, let element = element as? HTMLElement { annotator.endArticle(article, element: element, id: articleID) }
    }

    mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        guard let number = paragraph.number else { return descend(into: paragraph, address: address) }
        let element = top.element("div", ["class": paragraph.status == .repealed ? "paragraph repealed" : "paragraph",
                                          "id": id(address.anchor)])
        pendingLabel = Headings.paragraph(number)
        if paragraph.status == .repealed {
            let p = element.element("p", ["class": "alinea"])
            p.element("span", ["class": "label"], text: pendingLabel)
            p.text(" ")
            write(Headings.repealedUnit, marks: annotator?.marks(at: address, text: Headings.repealedUnit) ?? [], to: p)
            pendingLabel = ""
            return
        }
        stack.append(element)
        descend(into: paragraph, address: address)
        stack.removeLast()
    }

    private var pendingLabel = ""

    mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        let p = top.element("p", ["class": alinea.status == .repealed ? "alinea repealed" : "alinea", "id": id(address.anchor + "-alinea")])
        if !pendingLabel.isEmpty {
            p.element("span", ["class": "label"], text: pendingLabel)
            p.text(" ")
            pendingLabel = ""
        }
        let text = alinea.status == .repealed ? Headings.repealedUnit : alinea.text
        // An alinéa that only introduces its points may have no words of its own.
        if !text.isEmpty || alinea.points.isEmpty || !alinea.marks.isEmpty {
            write(text, marks: marks(alinea.marks, text: text, at: address), elisions: elisions(text, at: address, repealed: alinea.status == .repealed), to: p)
        }
        if alinea.status == .repealed { return }
        guard !alinea.points.isEmpty else { return }
        let list = top.element("ol", ["class": "points"])
        stack.append(list)
        descend(into: alinea, address: address)
        stack.removeLast()
    }

    mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let item = top.element("li", ["class": point.status == .repealed ? "point repealed" : "point", "id": id(address.anchor)])
        item.element("span", ["class": "label"], text: point.label.description)
        item.text(" ")
        let text = point.status == .repealed ? Headings.repealedUnit : point.text
        write(text, marks: marks(point.marks, text: text, at: address), elisions: elisions(text, at: address, repealed: point.status == .repealed), to: item)
        if point.status == .repealed { return }
        guard !point.points.isEmpty else { return }
        let list = item.element("ol", ["class": "points"])
        stack.append(list)
        descend(into: point, address: address, depth: depth)
        stack.removeLast()
    }

    /// Justel's marks of a unit (when they still fit its words; around the whole `(...)` of
    /// a repealed unit, whose mark spans no words; cut where they cross the annotator's)
    /// and the annotator's.
    private func marks(_ justel: [JustelMark], text: String, at address: Address) -> [JustelMark] {
        let length = text.utf8.count
        let own = justel.filter { $0.start >= 0 && $0.start <= $0.end && $0.end <= length }
            .map { text == Headings.repealedUnit ? JustelMark(footnote: $0.footnote, start: 0, end: length) : $0 }
        let added = annotator?.marks(at: address, text: text) ?? []
        // Cut where they cross the words a later act wrote (``JustelMark/cut(_:around:in:)``).
        return (added.isEmpty ? own : JustelMark.cut(own, around: added, in: text)) + added
    }

    /// The annotator's places of deleted words in a unit's words.
    private func elisions(_ text: String, at address: Address, repealed: Bool) -> [JustelMark] {
        repealed ? [] : annotator?.elisions(at: address, text: text) ?? []
    }

    /// Writes a unit's words into `element`: the article's notes still to open first, then
    /// the words with their markers, and `[1 ...]1` at each place of words deleted.
    private mutating func write(_ text: String, marks: [JustelMark], elisions: [JustelMark] = [], to element: Parent) {
        for number in pendingOpen { marker(number, opens: true, in: element) }
        pendingOpen = []
        lastText = element
        guard !marks.isEmpty || !elisions.isEmpty else { return HTMLRenderer.addText(text, to: element) }
        // Events in the order of the words: at one offset, closings first (the innermost
        // first), then the places of deleted words, then openings (the widest first).
        var events: [(offset: Int, rank: Int, number: Int, width: Int, order: Int)] = []
        for (k, mark) in marks.enumerated() {
            events.append((mark.start, 2, mark.footnote, mark.end - mark.start, k))
            events.append((mark.end, 0, mark.footnote, mark.end - mark.start, k))
        }
        for (k, place) in elisions.enumerated() { events.append((place.start, 1, place.footnote, 0, k)) }
        events.sort { a, b in JustelMark.printsBefore((a.offset, a.rank, a.width, a.order), (b.offset, b.rank, b.width, b.order)) }
        let bytes = Array(text.utf8)
        var position = 0
        for event in events {
            // A mark never cuts a character: its offset moves to the next character's start.
            var offset = min(max(event.offset, position), bytes.count)
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            if offset > position {
                HTMLRenderer.addText(String(decoding: bytes[position..<offset], as: UTF8.self), to: element)
                position = offset
            }
            guard event.rank == 1 else {
                marker(event.number, opens: event.rank == 2, in: element)
                continue
            }
            // `les mots [1 ...]1 restent`, `de cent euros. [1 ...]1`: a space between the place
            // and the words beside it, none before a mark.
            if offset > 0, bytes[offset - 1] != 0x20, bytes[offset - 1] != 0x28 { HTMLRenderer.addText(" ", to: element) }
            marker(event.number, opens: true, in: element)
            HTMLRenderer.addText("...", to: element)
            marker(event.number, opens: false, in: element)
            if offset < bytes.count, ![0x20, 0x2E, 0x2C, 0x3B, 0x3A, 0x29].contains(bytes[offset]) { HTMLRenderer.addText(" ", to: element) }
        }
        if position < bytes.count { HTMLRenderer.addText(String(decoding: bytes[position...], as: UTF8.self), to: element) }
    }

    /// `[1` or `]1` as Justel prints them, a link to the article's note 1.
    private func marker(_ number: Int, opens: Bool, in element: Parent) {
        var attributes: KeyValuePairs<String, String> = ["class": opens ? "marker open" : "marker close", "href": "#" + HTMLRenderer.noteID(articleID, number)]
        if let title = noteTitles[number] {
            attributes = ["class": opens ? "marker open" : "marker close", "href": "#" + HTMLRenderer.noteID(articleID, number), "title": title]
        }
        let link = element.element("a", attributes, text: opens ? "[" : "]")
        link.element("sup", text: String(number))
        if opens { element.text(" ") }
    }
}

/// `parse --format html` of an act it never holds whole: the page written as the reader
/// hands over each piece (``ActConsumer``), the bytes ``HTMLRenderer/write(_:subtitle:to:)``
/// writes from the tree.
public struct HTMLStreamRenderer: ActConsumer {
    private let sink: OutputSink
    private let subtitle: String?
    private var stream: HTMLStream?
    private var writer: HTMLActWriter<HTMLStreamElement>?

    public init(to sink: OutputSink, subtitle: String? = nil) {
        self.sink = sink
        self.subtitle = subtitle
    }

    /// The doctype, the head (its language and title are the act's), the header and preamble.
    public mutating func begin(_ act: Act) {
        let stream = HTMLStream(language: act.metadata.language?.rawValue ?? "fr", to: sink)
        writer = HTMLActWriter(main: HTMLRenderer.pageMain(act, subtitle: subtitle, root: stream.root))
        writer?.language = act.metadata.language
        self.stream = stream
    }

    public mutating func openDivision(_ division: Division, depth: Int) { writer?.openDivision(division, depth: depth) }
    public mutating func article(_ article: Article, depth: Int) { writer?.visitArticle(article) }
    public mutating func closeDivision(_ division: Division, depth: Int) { writer?.closeDivision() }
    public mutating func end() { stream?.finish() }
}

extension HTMLActWriter where Parent == HTMLElement {
    /// A walk into another page's libxml2 tree, with its provenance.
    init(main: HTMLElement, annotator: (any HTMLAnnotator)?) {
        self.init(main: main)
        self.annotator = annotator
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
    a.marker { color: #555; text-decoration: none; font-weight: bold; white-space: nowrap; }
    a.marker sup { font-size: .7em; }
    ol.notes { list-style: none; margin: .4em 0 .6em; padding: .2em 0 0 .6em; border-left: 3px solid #ccc; font-size: .85em; color: #333; }
    ol.notes li { margin: .1em 0; text-align: left; }
    .note-number { font-weight: bold; }
    :target { background: #fff3b0; }
    @media print {
      @page { size: A4; margin: 2cm 2cm 2.2cm; }
      body { margin: 0; max-width: none; font-size: 11pt; }
      a { color: inherit; text-decoration: none; }
      a.eli::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
      ol.notes { border-left-color: #999; color: #000; }
      article { break-inside: avoid-page; }
      h2, h3, h4 { break-after: avoid-page; }
      :target { background: none; }
    }
    """
}

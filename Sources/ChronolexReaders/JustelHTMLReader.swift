import ChronolexModel
import ChronolexXML

/// Reads a Justel page — the consolidated text of an act as eJustice serves it, in the
/// table layout used until 2024 or in the 2024 layout — into the plain Justel text the
/// rest of the reader knows (`Art. 2. …`, `[1 …]1`, `----------`, `(1)<AR …>`), with, for
/// each line of that text, the line of the page it comes from.
///
/// The page's own structure says what its words are: the part of the page (title, text,
/// preamble…) from Justel's anchors (`<a name="texte">`) or boxes
/// (`<div id="list-title-3">`); an article heading from its `<a name="Art.2">` anchor; a
/// division heading from its `<a name="LNK0002">` anchor. Navigation, the table of
/// contents, signatures and the list of amending acts are not part of the act's text.
/// Scripts and styles are skipped, never read as text.
enum JustelHTMLReader {
    /// A part of a Justel page.
    enum Region: Equatable {
        case outside, title, tableOfContents, text, signatures, preamble, modifications
    }

    /// What a page holds for Chronolex.
    struct Page {
        /// The act's text, one line per `<br>` (or block), UTF-8.
        var text: [UInt8] = []
        /// For line `n` of `text` (from 1), the page line it comes from at index `n - 1`.
        var pageLines: [Int] = []
        /// Lines of `text` Justel anchors as article headings.
        var articleLines: [Int] = []
        /// Lines of `text` Justel anchors as division headings.
        var divisionLines: Set<Int> = []
        /// The title box's lines (title, notes, publication, dossier, entry into force).
        var titleLines: [String] = []
        /// The preamble's lines, with their page lines.
        var preamble: [(text: String, line: Int)] = []
        /// The act's ELI address, when the page gives it.
        var eli: String?

        /// Puts the preamble's lines before the text's, and moves the text's line numbers.
        mutating func prependPreamble() {
            guard !preamble.isEmpty else { return }
            var lines: [UInt8] = []
            for line in preamble {
                lines += Array(line.text.utf8)
                lines.append(0x0A)
            }
            let shift = preamble.count
            text = lines + text
            pageLines = preamble.map(\.line) + pageLines
            articleLines = articleLines.map { $0 + shift }
            divisionLines = Set(divisionLines.map { $0 + shift })
            preamble = []
        }
    }

    /// Old layout: anchors name the parts (`<a name="texte">`), each followed by a table
    /// whose first row is the part's heading.
    static let anchorRegions: [String: Region] = [
        "titre": .title, "tablematiere": .tableOfContents, "texte": .text, "signature": .signatures,
        "preambule": .preamble, "modification": .modifications, "end": .outside, "top": .outside,
    ]
    /// 2024 layout: boxes with ids name the parts; each starts with an `<h2>` heading.
    static let boxRegions: [String: Region] = [
        "list-title-1": .title, "list-title-2": .tableOfContents, "list-title-3": .text,
        "list-title-sw_sign": .signatures, "list-title-sw_prev": .preamble, "list-title-sw_mr": .modifications,
    ]

    /// Elements that end a line of text.
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "pre",
    ]

    /// ``blockElements`` by the length of their names, as bytes: an element's name is
    /// looked for without making a string of it.
    static let blockNamesByLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: (blockElements.map(\.utf8.count).max() ?? 0) + 1)
        for name in blockElements { table[name.utf8.count].append(Array(name.utf8)) }
        return table
    }()

    /// True for an element of ``blockElements``.
    static func isBlock(_ element: HTMLPage.Element) -> Bool {
        element.withName { name in
            guard name.count < blockNamesByLength.count else { return false }
            return blockNamesByLength[name.count].contains { $0.elementsEqual(name) }
        }
    }

    /// Text as it reads: no-break spaces, tabs and the page's own line ends are spaces
    /// (HTML breaks lines with `<br>`); other control characters are dropped. The bytes
    /// between them are copied a run at a time.
    static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
        let n = bytes.count
        var run = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x20, b != 0x7F, b != 0xC2 || i + 1 == n || bytes[i + 1] != 0xA0 {
                i += 1
                continue
            }
            if run < i { line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            if b == 0xC2 {
                // A no-break space.
                line.append(0x20)
                i += 2
            } else {
                if b == 0x0A || b == 0x0D || b == 0x09 { line.append(0x20) }
                i += 1
            }
            run = i
        }
        if run < n { line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n])) }
    }

    /// Walks the page once and sorts its text into ``Page``.
    ///
    /// - Complexity: O(n) in the size of the page.
    static func extract(_ html: HTMLPage) -> Page {
        var walker = Walker()
        html.walk { walker.handle($0) }
        walker.endLine()
        return walker.page
    }

    /// The state of one walk through a page.
    private struct Walker {
        var page = Page()
        var region = Region.outside
        /// Old layout: true until the first row of a part's table closes (its heading).
        var inHeadingRow = false
        /// 2024 layout: the depth of the box that opened the region, to close it.
        var boxDepth: Int?
        var depth = 0
        /// The text line being written, and the page line where it started.
        var line: [UInt8] = []
        var lineStart = 0
        var lastPageLine = 1
        /// The line being written is an article or a division heading.
        var lineIsArticle = false
        var lineIsDivision = false

        mutating func handle(_ event: HTMLPage.Event) -> HTMLPage.Descent {
            switch event {
            case .open(let element):
                depth += 1
                lastPageLine = max(lastPageLine, element.line)
                if element.isNamed("script") || element.isNamed("style") || element.isNamed("head") || element.isNamed("noscript") {
                    return .skip
                }
                if element.isNamed("h2"), boxDepth != nil { return .skip }
                if element.isNamed("a"), let name = element.attribute("name") {
                    if let next = JustelHTMLReader.anchorRegions[name.lowercased()] {
                        enter(next)
                        inHeadingRow = next != .outside
                    } else if region == .text {
                        anchor(name)
                    }
                }
                if element.isNamed("div"), let id = element.attribute("id"), let next = JustelHTMLReader.boxRegions[id] {
                    enter(next)
                    boxDepth = depth
                }
                if element.isNamed("br") {
                    breakLine(force: true)
                } else if JustelHTMLReader.isBlock(element) {
                    breakLine(force: false)
                }
                return .children
            case .close(let element):
                if element.isNamed("tr"), inHeadingRow {
                    inHeadingRow = false
                    line.removeAll()
                }
                if let box = boxDepth, depth == box {
                    enter(.outside)
                    boxDepth = nil
                }
                depth -= 1
                if element.isNamed("td") || element.isNamed("th") {
                    if !line.isEmpty { line.append(0x20) }
                } else if !element.isNamed("br"), JustelHTMLReader.isBlock(element) {
                    breakLine(force: false)
                }
                return .children
            case .text(let bytes, let pageLine):
                lastPageLine = max(lastPageLine, pageLine)
                if region == .outside {
                    findELI(bytes)
                    return .children
                }
                guard !inHeadingRow else { return .children }
                append(bytes, pageLine: pageLine)
                return .children
            }
        }

        /// Moves to another part of the page; the line being written ends.
        mutating func enter(_ next: Region) {
            endLine()
            region = next
        }

        /// `Art.2` starts an article heading; `LNK0002` (not `LNKR…`, the table of
        /// contents' back links) a division heading.
        mutating func anchor(_ name: String) {
            if name.hasPrefix("Art") {
                breakLine(force: false)
                lineIsArticle = true
            } else if name.hasPrefix("LNK"), !name.hasPrefix("LNKR") {
                breakLine(force: false)
                lineIsDivision = true
            }
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, pageLine: Int) {
            if line.isEmpty { lineStart = pageLine }
            JustelHTMLReader.appendText(bytes, to: &line)
        }

        /// Ends the line: always at `<br>`; at a block only when the line has words.
        mutating func breakLine(force: Bool) {
            if !force, line.allSatisfy({ $0 == 0x20 }) { return }
            endLine(keepEmpty: force)
        }

        mutating func endLine(keepEmpty: Bool = false) {
            defer {
                line.removeAll(keepingCapacity: true)
                lineIsArticle = false
                lineIsDivision = false
            }
            let blank = line.allSatisfy { $0 == 0x20 }
            if blank, !keepEmpty { return }
            let pageLine = blank ? lastPageLine : lineStart
            switch region {
            case .text:
                let number = page.pageLines.count + 1
                var text = line
                if lineIsArticle, !blank {
                    text = JustelHTMLReader.normalizedArticleHeading(text)
                    page.articleLines.append(number)
                }
                if lineIsDivision, !blank { page.divisionLines.insert(number) }
                page.text += text
                page.text.append(0x0A)
                page.pageLines.append(pageLine)
            case .title:
                if !blank { page.titleLines.append(String(decoding: line, as: UTF8.self).trimmingSpaces) }
            case .preamble:
                if !blank { page.preamble.append((String(decoding: line, as: UTF8.self).trimmingSpaces, pageLine)) }
            case .outside, .tableOfContents, .signatures, .modifications:
                break
            }
        }

        /// The act's ELI address, written as text in the page's header or links.
        mutating func findELI(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard page.eli == nil, bytes.count < 400 else { return }
            let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces
            if text.hasPrefix("http"), text.contains("/eli/"), !text.contains(" ") { page.eli = text }
        }
    }

    /// `Art.  2.Sont …` → `Art. 2. Sont …`: Justel's heading, whose number is a link, as
    /// the plain-text reader reads it (one space after the word and after the number's
    /// point). A line that does not start with the word and a number is left as it is.
    static func normalizedArticleHeading(_ line: [UInt8]) -> [UInt8] {
        var i = 0
        while i < line.count, line[i] == 0x20 { i += 1 }
        let wordStart = i
        while i < line.count, line[i] != 0x20 { i += 1 }
        let word = line[wordStart..<i]
        guard word.elementsEqual("Art.".utf8) || word.elementsEqual("Article".utf8) || word.elementsEqual("Artikel".utf8) else { return line }
        while i < line.count, line[i] == 0x20 { i += 1 }
        let numberStart = i
        // The number ends at its point (`2.`, `1/1.`), or at a space (`564 <L …>`).
        while i < line.count, line[i] != 0x20, !(line[i] == UInt8(ascii: ".") && (i + 1 == line.count || !line[i + 1].isASCIIDigit)) { i += 1 }
        guard i > numberStart else { return line }
        var out = Array(word)
        out.append(0x20)
        out += line[numberStart..<i]
        out += Array(". ".utf8)
        if i < line.count, line[i] == UInt8(ascii: ".") { i += 1 }
        while i < line.count, line[i] == 0x20 { i += 1 }
        out += line[i...]
        return out
    }

    /// The metadata the title box gives: the date and title (`17 MAI 2007. - Arrêté royal
    /// … (NOTE : … mise à jour au 29-05-2018)`), the publication, numac, page, dossier and
    /// entry into force, in French or Dutch, in either layout.
    static func metadata(_ page: Page) -> ActMetadata {
        var metadata = ActMetadata()
        metadata.eli = page.eli
        var title: [String] = []
        for line in page.titleLines.map(ControlCharacters.spaced) {
            if title.isEmpty, let separator = line.range(of: ". - "), let date = LegalDate(String(line[..<separator.lowerBound])) {
                metadata.date = date
                title.append(String(line[separator.upperBound...]).trimmingSpaces)
                continue
            }
            if !title.isEmpty, line.hasPrefix("(NOTE") || line.hasPrefix("(NOTA") {
                title.append(line)
                continue
            }
            for (field, value) in labelledValues(line) {
                let firstWord = String(value.split(separator: " ").first ?? "")
                guard !value.isEmpty else { continue }
                switch field {
                case .source: metadata.source = value
                case .publication: metadata.publication = LegalDate(value) ?? LegalDate(firstWord)
                case .numac: metadata.numac = firstWord.isEmpty ? nil : firstWord
                case .page: metadata.page = firstWord.isEmpty ? nil : firstWord
                case .dossier: metadata.dossier = firstWord.isEmpty ? nil : firstWord
                case .entryIntoForce: metadata.entryIntoForce = LegalDate(value) ?? LegalDate(firstWord)
                case .other: break
                }
            }
        }
        if !title.isEmpty { metadata.title = title.joined(separator: " ") }
        return metadata
    }

    enum Field { case source, publication, numac, page, dossier, entryIntoForce, other }

    /// The labels of the title box, longest first (`Dossier numéro` before `numéro`).
    static let labels: [(String, Field)] = [
        ("Entrée en vigueur / Effet", .entryIntoForce), ("Inwerkingtreding / Uitwerking", .entryIntoForce),
        ("Entrée en vigueur", .entryIntoForce), ("Inwerkingtreding", .entryIntoForce),
        ("Dossier numéro", .dossier), ("Dossiernummer", .dossier),
        ("Publication", .publication), ("Publicatie", .publication),
        ("numéro", .numac), ("Numéro", .numac), ("nummer", .numac), ("Nummer", .numac),
        ("Source", .source), ("Bron", .source), ("page", .page), ("bladzijde", .page), ("PDF", .other),
    ]

    /// `Publication : 11-06-2007 numéro : 2007022782 page : 31498` → the value after each
    /// label, up to the next label.
    static func labelledValues(_ line: String) -> [(Field, String)] {
        let characters = Array(line)
        var found: [(field: Field, labelStart: Int, valueStart: Int)] = []
        var i = 0
        while i < characters.count {
            let atWordStart = i == 0 || characters[i - 1] == " "
            var matched = false
            if atWordStart {
                for (label, field) in labels {
                    let labelCharacters = Array(label)
                    guard i + labelCharacters.count <= characters.count,
                          Array(characters[i..<i + labelCharacters.count]) == labelCharacters else { continue }
                    var j = i + labelCharacters.count
                    while j < characters.count, characters[j] == " " { j += 1 }
                    guard j < characters.count, characters[j] == ":" else { continue }
                    found.append((field, i, j + 1))
                    i = j + 1
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found.indices.map { k in
            let end = k + 1 < found.count ? found[k + 1].labelStart : characters.count
            return (found[k].field, String(characters[found[k].valueStart..<end]).trimmingSpaces)
        }
    }
}

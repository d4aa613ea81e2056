import ChronolexModel
import ChronolexXML

/// Writes a comparison as one self-contained, printable HTML page (inline CSS, no
/// script, nothing fetched), straight to an output sink as the changes are walked
/// (``HTMLStream``), escaped as libxml2 escapes a tree of the same elements: every word of
/// the act is text, never markup. Tests build the same page through libxml2's tree API
/// (``renderTree(_:layout:)``) and compare the bytes.
///
/// The header names the act and the two versions and lists the amending acts (the
/// legend); each change links to its source there. Changes are grouped by article, one
/// anchor per unit. Deleted words are `<del>` (struck out), inserted words `<ins>`
/// (underlined): readable without colour and on paper (A4).
public enum HTMLDiffRenderer {
    /// Inline (old and new words in one text) or side by side (old left, new right).
    public enum Layout: Sendable {
        case inline, sideBySide
    }

    /// - Complexity: O(n) in the size of the changes.
    public static func render(_ diff: ActDiff, layout: Layout = .inline) -> String {
        render([diff], layout: layout)
    }

    /// The page written to `sink` as it is made (no tree, no copy of the page).
    ///
    /// - Complexity: O(n) in the size of the changes.
    public static func write(_ diff: ActDiff, layout: Layout = .inline, to sink: OutputSink) {
        write([diff], layout: layout, to: sink)
    }

    /// Several comparisons of one act on one page, one after the other (every version
    /// of an article, each against the one before: `chronolex diff --timeline`). Each
    /// has its versions, its legend and its changes; ids stay unique across the page.
    ///
    /// - Complexity: O(n) in the size of the changes.
    public static func render(_ diffs: [ActDiff], layout: Layout = .inline) -> String {
        let sink = OutputSink()
        write(diffs, layout: layout, to: sink)
        return sink.text
    }

    /// Several comparisons on one page, written to `sink` as it is made.
    ///
    /// - Complexity: O(n) in the size of the changes.
    public static func write(_ diffs: [ActDiff], layout: Layout = .inline, to sink: OutputSink) {
        let stream = HTMLStream(language: diffLabels(diffs).language.rawValue, to: sink)
        build(diffs, layout: layout, root: stream.root)
        stream.finish()
    }

    /// The same page through libxml2's tree, serialized: what the stream is checked against.
    static func renderTree(_ diffs: [ActDiff], layout: Layout = .inline) -> String {
        let document = HTMLDocument(language: diffLabels(diffs).language.rawValue)
        build(diffs, layout: layout, root: document.root)
        return document.serialized()
    }

    private static func diffLabels(_ diffs: [ActDiff]) -> DiffLabels {
        DiffLabels.forLanguage((diffs.last?.metadata ?? ActMetadata()).language)
    }

    /// The page's elements under `root` (`<html>`), in document order.
    private static func build<Node: HTMLParent>(_ diffs: [ActDiff], layout: Layout, root: Node) {
        let metadata = diffs.last?.metadata ?? ActMetadata()
        let labels = diffLabels(diffs)
        let head = root.element("head")
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        let title = metadata.title ?? diffs.last?.to.file ?? labels.comparison
        head.element("title", text: labels.comparison + " — " + title)
        head.element("style", text: DiffStyle.css)
        let page = root.element("body", ["class": layout == .sideBySide ? "diff side-by-side" : "diff"])
        var ids = HTMLIDs()
        if diffs.isEmpty { page.element("h1", text: title) }
        for (index, diff) in diffs.enumerated() {
            let body = diffs.count == 1 ? page : page.element("section", ["class": "comparison", "id": "comparison-\(index + 1)"])
            if diffs.count > 1 { ids.reserve("comparison-\(index + 1)") }
            appendComparison(diff, to: body, labels: labels, layout: layout, title: title, first: index == 0,
                             prefix: diffs.count == 1 ? "" : "\(index + 1)-", ids: &ids)
        }
    }

    private static func appendComparison<Node: HTMLParent>(_ diff: ActDiff, to body: Node, labels: DiffLabels, layout: Layout, title: String,
                                         first: Bool, prefix: String, ids: inout HTMLIDs) {
        func unique(_ base: String) -> String { ids.unique(base) }
        // Header: act, versions, reading guide, legend.
        let header = body.element("header")
        if first {
            header.element("p", ["class": "kicker"], text: labels.comparison)
            header.element("h1", text: title)
        } else {
            header.element("h2", ["class": "comparison-heading"], text: sideText(diff.from, labels) + " → " + sideText(diff.to, labels))
        }
        let facts = header.element("dl", ["class": "metadata"])
        func fact(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            facts.element("dt", text: label)
            facts.element("dd", text: value)
        }
        if first { fact("Numac", diff.metadata.numac) }
        fact(labels.oldVersion, sideText(diff.from, labels))
        fact(labels.newVersion, sideText(diff.to, labels))
        let guide = header.element("p", ["class": "guide"])
        guide.text(labels.readingGuide + " : ")
        guide.element("del", text: labels.deletedWords)
        guide.text(" · ")
        guide.element("ins", text: labels.insertedWords)
        guide.text(" · " + String(diff.changes.count) + " " + labels.changesCount)

        let sources = diff.sources
        var sourceNumbers: [String: Int] = [:]
        if diff.hasAttribution, !sources.isEmpty {
            let legend = header.element("section", ["class": "legend", "id": unique("sources")])
            legend.element("h2", text: labels.legend)
            let list = legend.element("ol")
            for (index, source) in sources.enumerated() {
                let number = index + 1
                sourceNumbers[source.sourceKey] = number
                let item = list.element("li", ["id": "src-\(prefix)\(number)"])
                item.element("span", ["class": "source-number"], text: "[\(number)]")
                item.text(" ")
                item.element("strong", text: labels.act.citation(source.sourceCitation))
                if let title = source.title { item.text(" — " + title) }
                var details: [String] = []
                if let numac = source.numac { details.append("numac " + numac) }
                if let publication = source.publication { details.append(labels.published + " " + labels.date(publication)) }
                if !details.isEmpty { item.text(" (" + details.joined(separator: ", ") + ")") }
                if let eli = source.eli {
                    item.text(" ")
                    item.element("a", ["href": eli, "class": "eli", "rel": "external"], text: "ELI")
                }
            }
        } else if !diff.hasAttribution {
            header.element("p", ["class": "note no-attribution"], text: labels.noAttribution)
        }

        let main = body.element("main")
        if layout == .sideBySide, !diff.changes.isEmpty {
            let columns = main.element("div", ["class": "columns", "aria-hidden": "true"])
            columns.element("span", text: labels.oldVersion + " — " + sideText(diff.from, labels))
            columns.element("span", text: labels.newVersion + " — " + sideText(diff.to, labels))
        }
        if diff.changes.isEmpty { main.element("p", ["class": "note"], text: labels.noChanges) }
        // The ids first, in page order (each depends on those before it), then the
        // changes, which depend on nothing but their own ids: a large page's second half
        // is written on a thread of its own meanwhile, into memory, then copied in.
        let plan = ChangesPlan(diff.changes, ids: &ids)
        let changes = ChangesWriter(changes: diff.changes, plan: plan, labels: labels, layout: layout, sourceNumbers: sourceNumbers, prefix: prefix)
        if let main = main as? HTMLStreamElement, let cut = plan.cut(minimum: changesForTwoThreads) {
            let part = OutputSink()
            let box = PartBox(writer: changes, element: main.part(to: part))
            let second = SideThread { () -> PartBox in
                box.writer.write(cut..<box.writer.changes.count, under: box.element)
                box.element.endPart()
                return box
            }
            changes.write(0..<cut, under: main)
            _ = second.wait()
            main.join(part)
        } else {
            changes.write(diff.changes.indices, under: main)
        }
    }

    /// From this many changes, the page's changes are written on two threads.
    static let changesForTwoThreads = 256

    /// The ids of a page's changes and of the groups they start, given in page order.
    struct ChangesPlan {
        /// For each change, the id of the group (article or division) it starts, or nil.
        var groupIDs: [String?] = []
        var ids: [String] = []

        init(_ changes: [UnitChange], ids unique: inout HTMLIDs) {
            groupIDs.reserveCapacity(changes.count)
            self.ids.reserveCapacity(changes.count)
            var groupKey: String?
            // Each change's fields read in place (`for change in changes` copies each change).
            for index in changes.indices {
                let article = changes[index].article
                let key = article.map { "art:" + $0 } ?? "div:" + changes[index].address
                if key != groupKey || groupIDs.isEmpty {
                    groupKey = key
                    groupIDs.append(unique.unique(article.map { "art-" + Address.slug($0) } ?? "div-" + Address.slug(changes[index].address)))
                } else {
                    groupIDs.append(nil)
                }
                ids.append(unique.unique(changes[index].anchor))
            }
        }

        /// The first change from the middle on that starts a group (where the page can be
        /// cut in two), when there are at least `minimum` changes.
        func cut(minimum: Int) -> Int? {
            guard ids.count >= minimum else { return nil }
            return groupIDs.indices[(ids.count / 2)...].first { groupIDs[$0] != nil }
        }
    }

    /// Writes changes under `<main>`, grouped, with their planned ids.
    struct ChangesWriter {
        let changes: [UnitChange]
        let plan: ChangesPlan
        let labels: DiffLabels
        let layout: Layout
        let sourceNumbers: [String: Int]
        let prefix: String

        /// The changes of `range`, which starts with a change that starts a group.
        func write<Node: HTMLParent>(_ range: Range<Int>, under main: Node) {
            var group: Node?
            // Each change read in place, not copied out (a dozen strings and arrays retained).
            for index in range {
                if let id = plan.groupIDs[index] {
                    let section = main.element("section", ["class": "group"])
                    if let article = changes[index].article {
                        let heading = section.element("h2", ["class": "group-heading", "id": id])
                        heading.text(articleHeading(article, labels))
                    } else {
                        section.element("h2", ["class": "group-heading", "id": id], text: changes[index].address)
                    }
                    group = section
                }
                guard let group else { continue }
                appendChange(changes[index], to: group, id: plan.ids[index], labels: labels, layout: layout, sourceNumbers: sourceNumbers, prefix: prefix)
            }
        }
    }

    /// The second half of a page's changes, handed to its thread and back.
    private final class PartBox: @unchecked Sendable {
        let writer: ChangesWriter
        let element: HTMLStreamElement
        init(writer: ChangesWriter, element: HTMLStreamElement) {
            self.writer = writer
            self.element = element
        }
    }

    /// One changed unit: its address, its kind, the acts that made it (each a link to the
    /// legend's entry when `sourceNumbers` numbers it), and its words.
    static func appendChange<Node: HTMLParent>(_ change: UnitChange, to group: Node, id: String, labels: DiffLabels, layout: Layout,
                             sourceNumbers: [String: Int], prefix: String, attributions: Bool = true) {
        let block = group.element("div", ["class": "change change-\(change.kind.rawValue)", "id": id])
        let line = block.element("p", ["class": "change-head"])
        let address = change.oldAddress != nil && change.newAddress != nil && change.oldAddress != change.newAddress
            ? (change.oldAddress ?? "") + " → " + (change.newAddress ?? "") : change.address
        line.element("a", ["class": "address", "href": "#" + id], text: address)
        line.text(" ")
        line.element("span", ["class": "kind"], text: labels.kind(change.kind))
        for attribution in change.attribution where attributions {
            line.text(" ")
            let cite = line.element("span", ["class": "cite"])
            if let number = sourceNumbers[attribution.sourceKey] {
                cite.element("a", ["href": "#src-\(prefix)\(number)", "title": attribution.title ?? attribution.sourceCitation], text: "[\(number)]")
                cite.text(" ")
            }
            cite.text(labels.citation(attribution))
            if let effective = attribution.effective { cite.text(", " + labels.effective + " " + labels.date(effective)) }
            if let datedBy = attribution.datedBy { cite.text(", " + labels.datedBy + " " + labels.act.citation(datedBy)) }
        }
        // An article's heading is the group's heading already.
        let label = change.level == .alinea || change.level == .division || change.level == .article || change.level == .title ? "" : change.label
        switch layout {
        case .inline:
            let words = block.element("p", ["class": "words"])
            if !label.isEmpty { words.element("span", ["class": "label"], text: label); words.text(" ") }
            addRuns(change.words, to: words, keep: .both)
        case .sideBySide:
            let table = block.element("table", ["class": "sbs"])
            let row = table.element("tr")
            // Each cell filled before the next is made (the page is written in order).
            let left = row.element("td", ["class": "old", "data-label": labels.oldVersion])
            if change.kind != .inserted {
                if !label.isEmpty { left.element("span", ["class": "label"], text: label); left.text(" ") }
                addRuns(change.words, to: left, keep: .deleted)
            }
            let right = row.element("td", ["class": "new", "data-label": labels.newVersion])
            if change.kind != .removed {
                if !label.isEmpty { right.element("span", ["class": "label"], text: label); right.text(" ") }
                addRuns(change.words, to: right, keep: .inserted)
            }
        }
    }

    private static func sideText(_ side: ActDiff.Side, _ labels: DiffLabels) -> String {
        if let date = side.date {
            return labels.date(date) + (side.file.map { " (" + $0 + ")" } ?? "")
        }
        return side.file ?? side.label
    }

    private static func articleHeading(_ number: String, _ labels: DiffLabels) -> String {
        if labels.language == .dutch { return "Art. " + number + "." }
        return number == "1" ? "Article 1er." : "Art. " + number + "."
    }

    /// Which runs a text shows besides the equal ones: deleted and inserted (inline), or
    /// one side's (a column of side by side). Not a `Set` of operations: one was made
    /// for each change, and each run's operation hashed to look it up.
    private enum KeptRuns {
        case both, deleted, inserted

        func keeps(_ operation: WordEdit.Operation) -> Bool {
            switch operation {
            case .equal: true
            case .delete: self != .inserted
            case .insert: self != .deleted
            }
        }
    }

    /// Runs as text, `<del>` and `<ins>`; line breaks (several alinéas or points of an
    /// inserted unit) become `<br>`.
    private static func addRuns<Node: HTMLParent>(_ runs: [WordEdit], to element: Node, keep: KeptRuns) {
        // One column of a side-by-side view leaves out the other side's runs; a space left
        // before punctuation by the omitted run (`en ligne ;`) is dropped.
        var skipped = false
        var pendingSpace = ""
        for run in runs {
            guard keep.keeps(run.operation) else { skipped = true; continue }
            // The run's own text, not a copy (a substring of it when its last space is dropped).
            var text = run.text[...]
            if !pendingSpace.isEmpty {
                let next = text.first
                let dropsSpace = skipped && run.operation == .equal && (next == ";" || next == "," || next == "." || next == ":" || next == ")" || next == " ")
                if !dropsSpace { element.text(pendingSpace) }
                pendingSpace = ""
            }
            skipped = false
            // The space dropped as its one byte: `dropLast()` on a `Substring` measured the
            // whole run in characters first (a tenth of the page's samples in perf). A last
            // byte that is a space is a last character that is one, but after a prepended
            // mark (`text.last` tells, looking at the end only).
            if run.operation == .equal, text.utf8.last == UInt8(ascii: " "), text.last == " " {
                text = text[..<text.utf8.index(before: text.utf8.endIndex)]
                pendingSpace = " "
            }
            let target: Node
            switch run.operation {
            case .equal: target = element
            case .delete: target = element.element("del")
            case .insert: target = element.element("ins")
            }
            // Most runs hold no line break: no splitting (which would walk the characters).
            guard text.utf8.contains(0x0A) else {
                target.text(text)
                continue
            }
            // Cut at each line feed, found in the bytes (a `UTF8View` split walked them one
            // by one); each line written as a slice of the run, not a string made anew.
            var bytes = text
            let breaks = bytes.withUTF8 { buffer in buffer.indices.filter { buffer[$0] == 0x0A } }
            var lineStart = text.utf8.startIndex
            for offset in breaks {
                let lineEnd = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                target.text(text[lineStart..<lineEnd])
                target.element("br")
                lineStart = text.utf8.index(after: lineEnd)
            }
            target.text(text[lineStart...])
        }
        if !pendingSpace.isEmpty { element.text(pendingSpace) }
    }
}

/// The diff page's stylesheet: the act page's typography, changes legible without
/// colour (strike-through, underline), A4 print.
enum DiffStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: "Source Serif Pro", Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5;
           max-width: 48em; margin: 2em auto; padding: 0 1.5em; color: #111; background: #fff; }
    body.side-by-side { max-width: 72em; }
    header { border-bottom: 2px solid #333; margin-bottom: 1.2em; padding-bottom: .6em; }
    .kicker { font-variant: small-caps; letter-spacing: .06em; margin: 0; color: #444; }
    h1 { font-size: 1.35em; margin: .15em 0 .5em; }
    dl.metadata { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; font-size: .92em; margin: 0 0 .5em; }
    dl.metadata dt { font-weight: bold; }
    dl.metadata dd { margin: 0; overflow-wrap: anywhere; }
    .guide { font-size: .92em; margin: .3em 0; }
    .legend h2 { font-size: 1em; margin: .8em 0 .2em; }
    .comparison { margin-top: 2.5em; }
    .comparison-heading { font-size: 1.15em; margin: 0 0 .4em; }
    .legend ol { list-style: none; padding: 0; margin: 0; font-size: .92em; }
    .legend li { margin: .15em 0; padding-left: 2.2em; text-indent: -2.2em; }
    .source-number { font-weight: bold; display: inline-block; min-width: 2em; text-indent: 0; }
    .note { font-style: italic; color: #333; }
    .group { margin: 1.2em 0; break-inside: auto; }
    .group-heading { font-size: 1.05em; margin: 1.2em 0 .3em; border-bottom: 1px solid #bbb; }
    .change { margin: .4em 0 .8em; padding-left: .8em; border-left: 3px solid #999; break-inside: avoid-page; }
    .change-inserted, .change-reestablished { border-left-color: #1a7f37; }
    .change-repealed, .change-removed { border-left-color: #b42318; }
    .change-renumbered { border-left-color: #6941c6; border-left-style: double; }
    .change-head { margin: 0 0 .15em; font-size: .9em; font-family: "Source Sans Pro", "Helvetica Neue", Arial, sans-serif; }
    .address { font-weight: bold; color: #111; text-decoration: none; }
    .kind { font-variant: small-caps; letter-spacing: .04em; border: 1px solid #888; border-radius: 3px; padding: 0 .35em; }
    .cite { color: #333; }
    .cite a { font-weight: bold; color: #1d4ed8; text-decoration: none; }
    .legend a.eli { font-size: .85em; }
    p { margin: .2em 0; }
    .words { text-align: justify; hyphens: auto; white-space: normal; }
    .label { font-weight: bold; }
    del + ins { margin-left: .2em; }
    .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0; font-weight: bold; font-size: .9em;
               border-bottom: 2px solid #333; margin: .5em 0; font-family: "Source Sans Pro", "Helvetica Neue", Arial, sans-serif; }
    .columns span { padding: .2em .6em; overflow-wrap: anywhere; }
    del { text-decoration: line-through; text-decoration-thickness: 1.5px; background: #fde2e1; color: #8a1c12; }
    ins { text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 2px; background: #dcfce7; color: #14532d; }
    table.sbs { width: 100%; border-collapse: collapse; table-layout: fixed; }
    table.sbs td { vertical-align: top; width: 50%; padding: .2em .6em; border: 1px solid #ccc; text-align: left; hyphens: auto; }
    table.sbs td.old { background: #fcfcfc; }
    body.side-by-side .change { border-left: none; padding-left: 0; }
    :target { background: #fff3b0; }
    @media print {
      @page { size: A4; margin: 1.8cm 1.8cm 2cm; }
      body, body.side-by-side { margin: 0; max-width: none; font-size: 10.5pt; }
      a { color: inherit; text-decoration: none; }
      .cite a { color: inherit; }
      a.eli::after { content: " <" attr(href) ">"; overflow-wrap: anywhere; }
      del, ins, .change { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .group-heading { break-after: avoid-page; }
      :target { background: none; }
    }
    """
}

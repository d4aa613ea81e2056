import ChronolexModel
import ChronolexReaders

/// The layout faults of a new text that a reader can mend with certainty, each said: the
/// words of one point go on after its first line, the point's label is left out of its
/// quotation or written the other way round. A sentence broken over two lines is not
/// mended (words may be lost with the line): ``brokenSentence(_:)`` says where.
enum NewTextLayout {
    struct Mended {
        var blocks: [String]
        /// Said at the instruction's line: the text as printed was changed.
        var warnings: [String] = []
        /// Kept with the edit: the instruction's own words supply what the text leaves out.
        var notes: [String] = []
    }

    static func mend(_ blocks: [String], for change: Change, target: UnitReference) -> Mended {
        var mended = Mended(blocks: blocks)
        if let label = singlePoint(change, target: target) { mendSinglePoint(&mended, label: label) }
        return mended
    }

    /// « … avant le 1er juillet ⏎⏎ 2014, quel que soit … » (2022200576, art. 1, 1°), « …
    /// pour 100 ⏎ des points de collecte » (2023200531, art. 9, 2°, where a « % » seems
    /// lost with the line): in one quotation, a line that opens no unit and starts with a
    /// small letter or a number, after a line that ends without a mark that ends a sentence
    /// or a heading. The file broke a sentence there, perhaps losing words with the line:
    /// the two lines and the message for the error. Separate quotations (« "alinéa 1" "alinéa
    /// 2" ») are separate blocks, whatever their words.
    static func brokenSentence(inQuotation quotation: String) -> (lines: (String, String), message: String)? {
        let lines = NewText.blocks([quotation])
        for (previous, line) in zip(lines, lines.dropFirst()) {
            let trimmed = line.trimmingSpaces
            if endsOpen(previous), startsAsContinuation(trimmed), !FragmentReader.opensUnit(trimmed) {
                let message = "the new text breaks a sentence over two lines (« …\(previous.trimmingSpaces.suffix(30)) » / « \(trimmed.prefix(30))… »): a line break the file added, perhaps with words lost, is not Chronolex's to mend"
                return ((previous, line), message)
            }
        }
        return nil
    }

    /// The label of the one point the change replaces or inserts; `nil` for any other change.
    static func singlePoint(_ change: Change, target: UnitReference) -> PointLabel? {
        switch change {
        case .replaceUnits:
            guard target.through == nil, case .point(let label)? = target.steps.last else { return nil }
            return label
        case .insertUnits(let unit, _, _):
            guard unit.count ?? 1 == 1, unit.through == nil else { return nil }
            if unit.kind == .dash { return PointLabel(kind: .dash, value: "") }
            guard unit.kind == .point else { return nil }
            return unit.label
        default:
            return nil
        }
    }

    /// One point's new text: its label written « 3bis° » for « 3°bis » (2022040073, art. 5)
    /// or left out (« complété par un quatrième tiret rédigé comme suit : " les prestations
    /// … " », 2021030266), its words going on after its first line without a label
    /// (« " 24° " substrat de culture " : ⏎⏎ un produit … " », 2023040119, art. 4).
    static func mendSinglePoint(_ mended: inout Mended, label: PointLabel) {
        guard let first = mended.blocks.first?.trimmingSpaces else { return }
        let written = label.description
        // (The first space found among the bytes: a search by characters cost 1,800
        // instructions a new text.)
        if label.kind != .dash, let space = first.utf8.firstIndex(of: UInt8(ascii: " ")), first[..<space] != written,
           first[..<space].filter({ $0 != "°" }) == written.filter({ $0 != "°" }), first[..<space].contains("°") {
            mended.notes.append("the label « \(first[..<space]) » of the new text read as « \(written) »")
            mended.blocks[0] = written + first[space...]
        } else if !FragmentReader.opensUnit(first) {
            mended.notes.append("the new text is quoted without its label: read as the words of the \(label.kind == .dash ? "tiret" : written)")
            mended.blocks[0] = written + " " + first
        }
        let rest = mended.blocks.dropFirst()
        guard !rest.isEmpty, rest.allSatisfy({ !FragmentReader.opensUnit($0.trimmingSpaces) }) else { return }
        mended.warnings.append("the new text of the \(label.kind == .dash ? "tiret" : written) goes on after its first line in \(rest.count) block(s) without a label: read as its words")
        mended.blocks = [([mended.blocks[0]] + rest.map(\.trimmingSpaces)).joined(separator: " ")]
    }

    /// True when the block ends without a mark that closes a sentence, a heading or a quotation.
    static func endsOpen(_ block: String) -> Bool {
        guard let last = block.trimmingSpaces.last else { return false }
        return !".;:!?»\"”)…|".contains(last)
    }

    /// True when the block starts with a small letter or a digit.
    static func startsAsContinuation(_ block: String) -> Bool {
        guard let first = block.first else { return false }
        return first.isLowercase || first.isNumber
    }
}

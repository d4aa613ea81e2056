import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

extension Workspace {
    /// Whether `edit` is aimed at `base`, among all the acts given (look 33). A citation
    /// names an act by its date, kind and title; two acts of one day whose titles begin alike
    /// (« … relatif aux jardins partagés » and « … relatif aux jardins partagés urbains ») are
    /// told apart as ``Consolidation/named(by:among:modifies:)`` tells them — the act whose
    /// whole title is cited, else the one `modifies:` lists — and a citation that may be
    /// either is applied to neither, said in both. A citation that `modifies:` ties to
    /// `base` while it cites another act given, by its date, kind and whole title, is not
    /// certain either (the mirror of the error the other act's consolidation gives).
    public func aim(of edit: Edit, at base: Act) -> Aim {
        guard let cited = edit.targetAct else { return .otherAct }
        if let numac = cited.numac, let own = base.metadata.numac {
            guard numac == own else { return .otherAct }
            return modifiesAgainstCitation(cited, of: edit, base: base) ?? .base(note: nil)
        }
        guard Consolidation.matches(cited, base) else { return anotherTitle(cited, of: edit, base: base) ?? .otherAct }
        // A code is cited by its name alone, never by its date: the one act of that title.
        guard let date = cited.date else { return .base(note: nil) }
        let acts = actsOf(date, besides: base, except: edit.source.file)
        var named = Consolidation.named(by: cited, among: acts)
        if named.count > 1 { named = Consolidation.named(by: cited, among: acts, modifies: modifies(of: edit)) }
        guard named.contains(0) else { return .otherAct }
        guard named.count == 1 else {
            let names = named.map { "\(acts[$0].metadata.numac ?? "?") (\(acts[$0].file ?? "input"))" }.sorted()
            let list = names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
            return .uncertain("this instruction cites the \(cited.name), which may be \(list): which act is amended is not certain; not applied to \(Self.name(of: base))")
        }
        // The only act given that may be meant, whose title goes on after the words cited: the
        // act cited may be another one, not given (look 33: applied without a word).
        guard Consolidation.titleFit(cited, base) == .part, let title = cited.title, let own = base.metadata.title else { return .base(note: nil) }
        return .base(note: "the title cited, « \(title) », is only part of this act's title, « \(Self.clipped(own)) »: applied to this act; "
            + "if another act of \(date.french) bears the title cited, give it with the others")
    }

    /// A citation of `base`'s day and kind whose title is not `base`'s (look 42: such an
    /// instruction was « aimed at another act », ignored, said only in a warning): the title
    /// an act given wrote for `base` (« L'intitulé … est remplacé »), applied and said; a
    /// title one or two letters off `base`'s, when no act given bears it, not certain (an
    /// error: `base` with a slip, or another act of that day not given?); `nil` otherwise
    /// (another act).
    private func anotherTitle(_ cited: ActCitation, of edit: Edit, base: Act) -> Aim? {
        guard Consolidation.sameDayAndKind(cited, base), let date = cited.date, let title = cited.title, !title.isEmpty else { return nil }
        if actsOf(date, besides: base, except: edit.source.file).dropFirst().contains(where: { Consolidation.matches(cited, $0) }) { return nil }
        for shared in titleReplacements.lazy.map({ self.shared[$0] }) {
            guard case .replaceUnits(let fragment)? = shared.edit.change, let renamer = shared.edit.targetAct,
                  Consolidation.matches(renamer, base), !fragment.blocks.isEmpty else { continue }
            var renamed = base
            renamed.metadata.title = fragment.blocks.joined(separator: " ")
            if Consolidation.matches(cited, renamed) {
                return .base(note: "cited by the title « \(title) », which the \(shared.edit.source.act.kindAndDate) (\(shared.edit.source.address)) gave it: applied to \(Self.name(of: base))")
            }
        }
        guard Consolidation.nearTitle(cited, base) else { return nil }
        return .uncertain("this instruction cites the \(cited.name); \(Self.name(of: base)), of that day, is titled « \(Self.clipped(base.metadata.title ?? "")) »: "
            + "whether the title cited is this one miswritten or another act's is not certain; not applied to \(Self.name(of: base))")
    }

    /// True when `edit` is aimed at `base` (``aim(of:at:)``).
    func aims(_ edit: Edit, at base: Act) -> Bool {
        if case .base = aim(of: edit, at: base) { return true }
        return false
    }

    /// The error for a citation that `modifies:` ties to `base` while its date, kind and whole
    /// title are another act's among those given (look 33: applied to `base` without a word,
    /// when the other act's consolidation said « not certain »); `nil` when there is none.
    private func modifiesAgainstCitation(_ cited: ActCitation, of edit: Edit, base: Act) -> Aim? {
        guard let date = cited.date, let numac = cited.numac, let title = cited.title, !title.isEmpty else { return nil }
        // Only when another act of that day is given (most often none: the titles are not
        // compared for every edit — look 33's check cost `consolidate` of 2,000 acts a third).
        let others = actsOf(date, besides: base, except: edit.source.file).dropFirst()
        guard !others.isEmpty else { return nil }
        var unnumbered = cited
        unnumbered.numac = nil
        if Consolidation.matches(unnumbered, base), Consolidation.titleFit(unnumbered, base) == .whole { return nil }
        guard let other = others.first(where: { Consolidation.matches(unnumbered, $0) && Consolidation.titleFit(unnumbered, $0) == .whole }) else { return nil }
        return .uncertain("this act's front matter says it modifies \(numac), but this instruction cites the \(cited.name), which is \(Self.name(of: other)): "
            + "which act is amended is not certain; not applied to \(numac)")
    }

    /// `base`, then the other acts given of the day `date`, one text of each (not the texts of
    /// `base`'s own act, nor the act in `file`, the one that cites).
    func actsOf(_ date: LegalDate, besides base: Act, except file: String) -> [Act] {
        var acts = [base]
        var seen: Set<String> = base.metadata.numac.map { [$0] } ?? []
        for index in documentsByDate[date] ?? [] {
            let act = documents[index].act
            guard documents[index].file != file, documents[index].file != base.file else { continue }
            if let numac = act.metadata.numac, !seen.insert(numac).inserted { continue }
            acts.append(act)
        }
        return acts
    }

    /// The numacs the front matter of `edit`'s act lists (`modifies:`).
    func modifies(of edit: Edit) -> [String] {
        documents.first { $0.file == edit.source.file }?.act.metadata.modifies ?? []
    }

    /// An act as the messages name it: its numac, else its file.
    static func name(of act: Act) -> String {
        act.metadata.numac ?? act.file ?? "this act"
    }
}

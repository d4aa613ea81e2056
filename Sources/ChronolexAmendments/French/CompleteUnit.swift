import ChronolexModel

/// "L'article 137 est complété par un alinéa rédigé comme suit", "le § 1er est complété
/// par un alinéa", "l'article est complété par un § 3", "l'alinéa est complété par un
/// 11°", "il est complété par un 18°" (il: the unit the lead-in names): a unit appended
/// at the end of the target — or, for alinéas after an alinéa, right after it.
enum CompleteUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .unit: break
        case .none where !clause.target.steps.isEmpty && s.take("il"): break
        default: return nil
        }
        // "complété avec un alinéa" (2023040119, art. 13): "avec" for "par".
        guard s.takeAuxiliary(), s.takeParticiple("complet"), s.take("par") || s.take("avec") else { return nil }
        if let outputs = readDefinition(&s, clause) { return outputs }
        guard let unit = NewUnitReader.read(&s) else { return nil }
        // "par une section 4, comportant les articles 119.1 à 119.3, intitulée comme suit".
        let notes = NewUnitReader.readContents(&s)
        // "complété par la phrase suivante : « … »" (2023200641, art. 14, 3°).
        let following = s.takeAny(Lexicon.following) != nil
        let announced = NewText.takeAnnouncement(&s) || following
        let target = clause.target
        let text = NewText.read(&s, announced: announced)
        return [appended(unit, text, to: target, notes: notes, announced: announced)]
    }

    /// A unit added at the end of `target` (« est complété par », « wordt aangevuld met »,
    /// « wordt … toegevoegd »). "l'alinéa 1er est complété par deux nouveaux alinéas"
    /// (2019030053, art. 2, 3°, b)): alinéas cannot stand inside an alinéa; they follow it,
    /// before the alinéas after it (as Justel consolidates it), not at the end of its
    /// paragraph.
    static func appended(_ unit: NewUnit, _ text: Fragment, to target: UnitReference, notes: [String] = [], announced: Bool) -> ClauseOutput {
        if unit.kind == .alinea, target.through == nil, target.steps.last.map({ if case .alinea = $0 { return true } else { return $0 == .onlyAlinea } }) == true {
            return ClauseOutput(target: UnitReference(Array(target.steps.dropLast())), change: .insertUnits(unit, text, at: .after(target)),
                                notes: notes, announced: announced, readAs: unit.expectedText)
        }
        return ClauseOutput(target: target, change: .insertUnits(unit, text, at: .end), notes: notes, announced: announced, readAs: unit.expectedText)
    }

    /// "l'article est complété par une définition rédigée comme suit : « loi du 23 mars
    /// 2020 : la loi du … »" (2022040007, art. 2, 4°): a definition at the end of the list,
    /// a point when its text begins with a point's label (« 15° … »), else an alinéa — the
    /// unit its text is.
    private static func readDefinition(_ s: inout Scanner, _ clause: ClauseInput) -> [ClauseOutput]? {
        let start = s.index
        guard s.take("une", "definition") || s.take("la", "definition", "suivante") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let text = NewText.read(&s, announced: announced)
        guard let first = text.blocks.first, let tokens = try? Tokenizer.tokens(first) else {
            s.index = start
            return nil
        }
        let scanner = Scanner(tokens)
        let labelled = scanner.peek().flatMap(ReferenceReader.label) != nil || ReferenceReader.isListItem(scanner, at: 0)
        let unit = NewUnit(labelled ? .point : .alinea)
        return [ClauseOutput(target: clause.target, change: .insertUnits(unit, text, at: .end), notes: ["une définition: \(labelled ? "un point" : "un alinéa"), comme son texte"],
                             announced: announced, readAs: unit.expectedText)]
    }
}

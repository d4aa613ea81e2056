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
        guard s.takeAuxiliary(), s.takeParticiple("complet"), s.take("par") || s.take("avec"), let unit = NewUnitReader.read(&s) else { return nil }
        // "par une section 4, comportant les articles 119.1 à 119.3, intitulée comme suit".
        let notes = NewUnitReader.readContents(&s)
        // "complété par la phrase suivante : « … »" (2023200641, art. 14, 3°).
        let following = s.takeAny(Lexicon.following) != nil
        let announced = NewText.takeAnnouncement(&s) || following
        let target = clause.target
        let text = NewText.read(&s, announced: announced)
        // "l'alinéa 1er est complété par deux nouveaux alinéas" (2019030053, art. 2, 3°, b)):
        // alinéas cannot stand inside an alinéa; they follow it, before the alinéas after it
        // (as Justel consolidates it), not at the end of its paragraph.
        if unit.kind == .alinea, case .alinea? = target.steps.last, target.through == nil {
            return [ClauseOutput(target: UnitReference(Array(target.steps.dropLast())), change: .insertUnits(unit, text, at: .after(target)),
                                 notes: notes, announced: announced, readAs: unit.expectedText)]
        }
        return [ClauseOutput(target: target, change: .insertUnits(unit, text, at: .end), notes: notes, announced: announced, readAs: unit.expectedText)]
    }
}

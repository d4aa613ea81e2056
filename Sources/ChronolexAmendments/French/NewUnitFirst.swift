import ChronolexModel

/// "un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2, qui devient
/// l'alinéa 3 : « … »", "deux alinéas rédigés comme suit sont ajoutés après l'alinéa 2":
/// the new unit named first, then the verb and where it goes.
enum NewUnitFirstForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .none = clause.subject else { return nil }
        // "un alinéa", "deux alinéas": a count, not an article ("l'alinéa 2" is a citation).
        guard let w = s.word(), Lexicon.count(w) != nil, let unit = NewUnitReader.read(&s) else { return nil }
        var announced = NewText.takeAnnouncement(&s)
        _ = s.take(",")
        guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else { return nil }
        var target = clause.target.steps
        var position = clause.unitAnchor
        var notes: [String] = []
        var acts: [CitedAct] = []
        try UnitPlacement.read(&s, target: &target, position: &position, notes: &notes, acts: &acts)
        // "un alinéa est inséré après l'alinéa 1er, libellé comme suit :".
        announced = NewText.takeAnnouncement(&s) || announced
        if position == nil, unit.isNumbered { position = .byNumber }
        let reference = UnitReference(UnitPlacement.holder(of: unit, in: target))
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: reference, change: .insertUnits(unit, text, at: position), notes: notes, announced: announced, readAs: unit.expectedText, acts: acts)]
    }
}

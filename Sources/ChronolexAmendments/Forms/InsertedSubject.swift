import ChronolexModel

/// "les articles 13 à 21 rédigés comme suit, sont insérés : « Art. 13. … »", "un article
/// 4/1, rédigé comme suit, est inséré : « … »": the new units named first, then the verb.
/// They go where their numbers place them, inside the target the instruction names
/// ("Dans le chapitre 2, section 2, …").
enum InsertedSubjectForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit(let reference) = clause.subject, let first = reference.parts.last else { return nil }
        let start = s.index
        // "rédigés comme suit," / "ainsi rédigés," before the verb.
        if s.takeParticiple("redig") { _ = s.take("comme", "suit") } else if s.take("ainsi") { _ = s.takeParticiple("redig") }
        _ = s.take(",")
        guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else {
            s.index = start
            return nil
        }
        let name: String
        switch (first, reference.through) {
        case (.article(let a), .article(let b)?): name = "articles \(a) à \(b)"
        case (.article(let a), _): name = "article \(a)"
        default: name = first.description
        }
        let announced = NewText.takeAnnouncement(&s)
        let operation = Operation(.insert, newUnit: name, position: .byNumber)
        let text = try NewText.read(&s, announced: announced, partial: ClauseOutput(target: EditTarget(parts: clause.context), operation: operation))
        var result = operation
        result.newText = text
        return [ClauseOutput(target: EditTarget(parts: clause.context), operation: result)]
    }
}

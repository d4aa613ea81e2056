import ChronolexModel

/// "le point en fin de phrase est remplacé par un point-virgule": a punctuation edit at
/// the end of the target.
enum PunctuationForm: InstructionForm {
    static let marks: FoldedWordTable<String> = ["point-virgule": ";", "virgule": ",", "point": ".", "deux-points": ":"]

    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .punctuation(let mark, let noun) = clause.subject else { return nil }
        guard s.takeAuxiliary() else { return nil }
        let target = clause.target
        let words = QuotedWords(mark, noun: noun)
        if s.takeParticiple("supprim") || s.takeParticiple("abrog") {
            return [ClauseOutput(target: target, change: .deleteFinalMark(words))]
        }
        guard s.takeParticiple("remplac"), s.take("par") else { return nil }
        _ = s.takeAny(["un", "une", "des", "deux"])
        var newMark: String?
        if let w = s.word(), let m = marks[w] {
            newMark = m
            s.index += 1
        } else if s.take("points") {
            newMark = ":"
        }
        guard let newMark else { return nil }
        return [ClauseOutput(target: target, change: .replaceFinalMark(words, by: newMark))]
    }
}

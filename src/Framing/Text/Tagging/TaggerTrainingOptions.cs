using Framing.Text.Lexicon;

namespace Framing.Text.Tagging;

/// <summary>Settings for <see cref="TaggerTrainer"/>. The defaults are the ones tuned on EWT dev.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data; the epoch with the best dev accuracy is kept.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Seed of the sentence shuffle before each epoch. Same seed, same data → same model bytes.</summary>
    public int Seed { get; init; } = 20181;

    /// <summary>A word becomes a fixed-tag word when seen at least this often …</summary>
    public int FixedTagMinCount { get; init; } = 20;

    /// <summary>… with one tag at least this share of the time.</summary>
    public double FixedTagMinShare { get; init; } = 0.995;

    /// <summary>Averaged weights smaller than this in magnitude are dropped (keeps the model small).</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>Words whose lower-cased form occurs at most this often in training are treated as unknown words.</summary>
    public int RareWordMaxCount { get; init; }

    /// <summary>Folds of the jackknife that trains the second tagging pass; 0 or 1 trains no second pass.</summary>
    public int RefinerFolds { get; init; } = 5;

    /// <summary>Passes over the training data for the second tagging pass (the best epoch on dev is kept).</summary>
    public int RefinerEpochs { get; init; } = 10;

    /// <summary>Weight of the first pass's scores in the second pass.</summary>
    public float RefinerScale { get; init; } = 0.1f;

    /// <summary>The English lexicon behind the lexicon features (null: <see cref="EnglishLexicon.Default"/>; <see cref="EnglishLexicon.Empty"/> trains without one). The model records which one it used.</summary>
    public EnglishLexicon? Lexicon { get; init; }

    /// <summary>Use only the first this many training sentences (null: all).</summary>
    public int? MaxSentences { get; init; }

    /// <summary>Receives one line per epoch (accuracy on train and dev); may be null.</summary>
    public Action<string>? Log { get; init; }
}

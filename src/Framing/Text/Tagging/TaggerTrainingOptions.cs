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

    /// <summary>Use only the first this many training sentences (null: all).</summary>
    public int? MaxSentences { get; init; }

    /// <summary>Receives one line per epoch (accuracy on train and dev); may be null.</summary>
    public Action<string>? Log { get; init; }
}

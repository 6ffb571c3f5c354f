namespace Framing.Text.Tagging;

/// <summary>The UPOS classes the tagger predicts: every <see cref="PartOfSpeech"/> but <see cref="PartOfSpeech.None"/>.</summary>
internal static class TagSet
{
    /// <summary>Number of classes (17 UD tags).</summary>
    public const int Count = 17;

    /// <summary>The history index used for "before the sentence".</summary>
    public const int Start = Count;

    /// <summary>Number of previous-tag values: the classes plus <see cref="Start"/>.</summary>
    public const int HistoryCount = Count + 1;

    /// <summary>Class index of a tag (<see cref="PartOfSpeech.None"/> is not a class).</summary>
    public static int ClassOf(PartOfSpeech tag) => (int)tag - 1;

    /// <summary>Tag of a class index.</summary>
    public static PartOfSpeech TagOf(int classIndex) => (PartOfSpeech)(classIndex + 1);
}

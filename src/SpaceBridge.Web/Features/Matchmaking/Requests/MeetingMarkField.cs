namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>The mark chooser of a form: the posted field's name, the mark shown chosen, and a prefix for element ids.</summary>
public sealed record MeetingMarkField(string Name, MeetingMark Selected, string IdPrefix = "mark");

using System.Collections.Concurrent;
using SpaceBridge.Web.Features.Email;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Keeps every e-mail the app sends, for the test to read.</summary>
public sealed class CapturingEmailSender : IEmailSender
{
    public ConcurrentQueue<OutgoingEmail> Sent { get; } = new();

    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(email);
        return Task.CompletedTask;
    }

    public IReadOnlyList<OutgoingEmail> To(string address) => Sent.Where(m => m.To == address).ToList();
}

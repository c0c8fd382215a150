using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// Hands every database command EF Core executes in this process to a callback, as it runs (on the thread, and in the
/// async flow, of the code that executes it), until the subscription is disposed.
/// </summary>
public static class EfCommands
{
    public static IDisposable Subscribe(Action<string> onCommand)
    {
        var inner = new List<IDisposable>();
        var all = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (inner)
                {
                    inner.Add(listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                    {
                        if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data)
                        {
                            onCommand(data.Command.CommandText);
                        }
                    })));
                }
            }
        }));
        return new Subscription(() =>
        {
            all.Dispose();
            lock (inner)
            {
                inner.ForEach(s => s.Dispose());
            }
        });
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

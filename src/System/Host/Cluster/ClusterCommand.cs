using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Replication;

namespace Specs.Inventory.Host;

/// <summary>
/// <c>POST /api/commands/{name}</c> on a cluster node. The node never forwards: a node that does not lead
/// answers <c>421 Misdirected Request</c> naming the leader it knows (<c>leader</c>: a node id), and the
/// client (the load balancer's role is played by the client library's <see cref="LeaderRouter"/>) resends
/// the same request, with the same Idempotency-Key, to that node. Forwarding would hide a fail-over from the
/// client without removing its need to retry, since a forwarded request can be lost as well.
/// </summary>
/// <remarks>
/// Answers besides the single node's: 400 when the Idempotency-Key is missing (a replicated command
/// needs one: it is what makes the retries exactly once) or If-Match is given (not replicated yet);
/// 421 not the leader (<c>leader</c>, or 503 "no-leader" while an election runs); 501 a command the
/// cluster does not replicate yet; 503 "outcome-unknown" when the entry did not commit in time (retry with
/// the same key: it is either decided once or never), and 503 "halted" when the node stopped.
/// </remarks>
internal static class ClusterCommand
{
    public static async Task<string> RunAsync(
        HttpContext context,
        ClusterNode cluster,
        ContractShape shape,
        ICommandContract command,
        string? idempotencyKey,
        ulong? expectedVersion,
        Func<HttpContext, ContractShape, CommandResponse, bool, Task<string>> answer)
    {
        if (idempotencyKey is null)
        {
            await Problem.BadRequestAsync(context, CommandEndpoint.IdempotencyKeyHeader,
                "A cluster node needs an Idempotency-Key on every command: it is how a command retried across a fail-over is decided exactly once.").ConfigureAwait(false);
            return "invalid";
        }

        if (expectedVersion is not null)
        {
            await Problem.BadRequestAsync(context, "If-Match", "A cluster node does not replicate If-Match yet; send the command without it.").ConfigureAwait(false);
            return "invalid";
        }

        if (!CommandCodec.Default.Knows(command.ContractId))
        {
            await Problem.WriteAsync(context, StatusCodes.Status501NotImplemented, "not-replicated", "The cluster does not replicate this command yet",
                $"{shape.Name} is not among the commands the cluster's log can carry; nothing was written.").ConfigureAwait(false);
            return "not_implemented";
        }

        ClientAnswer? reply;
        try
        {
            reply = await cluster.SubmitAsync(idempotencyKey, command, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ReplicaHaltedException halted)
        {
            context.Response.Headers.RetryAfter = "1";
            await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "halted", "The node has stopped",
                $"{halted.Message}. Send the command, with the same Idempotency-Key, to another node.").ConfigureAwait(false);
            return "failed";
        }

        switch (reply)
        {
            case null:
                context.Response.Headers.RetryAfter = "1";
                await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "outcome-unknown", "The command did not commit in time",
                    "The command may still be decided; retry with the same Idempotency-Key, which decides it at most once.").ConfigureAwait(false);
                return "unknown";
            case { IsDefinite: true, Response: { } response }:
                if (reply.IsRepeat)
                {
                    context.Response.Headers[CommandEndpoint.ReplayedHeader] = "true";
                }

                return await answer(context, shape, response, reply.IsRepeat).ConfigureAwait(false);
            case { LeaderHint: < 0 }:
                context.Response.Headers.RetryAfter = "1";
                await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "no-leader", "No node leads right now",
                    "An election is under way; nothing was written. Retry with the same Idempotency-Key.",
                    writer => writer.WriteNumber("term", reply.Term)).ConfigureAwait(false);
                return "not_leader";
            default:
                await Problem.WriteAsync(context, StatusCodes.Status421MisdirectedRequest, "not-leader", "This node does not lead",
                    $"Node {reply.LeaderHint} leads (term {reply.Term}); nothing was written here. Send the same request, with the same Idempotency-Key, to node {reply.LeaderHint}.",
                    writer =>
                    {
                        writer.WriteNumber("leader", reply.LeaderHint);
                        writer.WriteNumber("term", reply.Term);
                    }).ConfigureAwait(false);
                return "not_leader";
        }
    }
}

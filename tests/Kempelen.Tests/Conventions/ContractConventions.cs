using System.Reflection;
using System.Text.Json;
using Kempelen.Protocol;
using Kempelen.Protocol.ApiModel;
using Kempelen.Protocol.Shapes;

namespace Kempelen.Tests.Conventions;

/// <summary>The operation table and the wire records are the API model's contract, checked member by member.</summary>
public sealed class ContractConventions
{
    private static readonly MTurkApiModel Model = MTurkApiModel.Instance;

    [Fact]
    public void The_operation_table_lists_exactly_the_models_operations() =>
        Assert.Equal(Model.OperationNames.Order(StringComparer.Ordinal), OperationTable.Operations.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> BoundOperations => new(OperationTable.Operations.Where(o => o.Value is not null).Select(o => o.Key));

    [Theory]
    [MemberData(nameof(BoundOperations))]
    public void A_request_record_has_every_input_member_and_no_other(string operation)
    {
        Assert.True(Model.TryGetInput(operation, out var input));
        Assert.Equal(input.Members.Keys.Order(StringComparer.Ordinal), WireMembers(OperationTable.Operations[operation]!.RequestType));
    }

    [Theory]
    [MemberData(nameof(BoundOperations))]
    public void A_response_record_uses_only_output_members(string operation)
    {
        var output = Model.Shapes[operation + "Response"];
        Assert.Empty(WireMembers(OperationTable.Operations[operation]!.ResponseType).Except(output.Members.Keys));
    }

    [Theory]
    [InlineData(typeof(HIT), "HIT")]
    [InlineData(typeof(QualificationRequirement), "QualificationRequirement")]
    [InlineData(typeof(Locale), "Locale")]
    [InlineData(typeof(QualificationType), "QualificationType")]
    [InlineData(typeof(Qualification), "Qualification")]
    [InlineData(typeof(QualificationRequest), "QualificationRequest")]
    [InlineData(typeof(WorkerBlock), "WorkerBlock")]
    public void A_shared_shape_mirrors_the_model(Type record, string shape) =>
        Assert.Equal(Model.Shapes[shape].Members.Keys.Order(StringComparer.Ordinal), WireMembers(record));

    [Fact]
    public void Every_built_operation_is_covered_by_each_real_client_in_the_conformance_matrix()
    {
        using var matrix = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "conformance", "matrix.json")));
        foreach (var operation in OperationTable.Operations.Where(o => o.Value is not null).Select(o => o.Key))
        {
            Assert.True(matrix.RootElement.TryGetProperty(operation, out var clients), $"{operation} is missing from matrix.json");
            foreach (var client in new[] { "boto3", "js", "cli" })
            {
                Assert.True(
                    clients.TryGetProperty(client, out var tests) && tests.GetArrayLength() > 0,
                    $"{operation} has no {client} test in matrix.json");
            }
        }
    }

    private static IEnumerable<string> WireMembers(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType == record && p.GetMethod is not null && p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kempelen.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Kempelen.slnx not found above the test binaries.");
    }
}

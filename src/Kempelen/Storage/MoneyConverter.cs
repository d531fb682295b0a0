using Kempelen.Finance;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kempelen.Storage;

internal sealed class MoneyConverter() : ValueConverter<Money, long>(money => money.Cents, cents => new Money(cents));

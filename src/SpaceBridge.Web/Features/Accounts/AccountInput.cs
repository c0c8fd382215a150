using System.ComponentModel.DataAnnotations;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>Field rules shared by the account forms; messages and labels are resource keys.</summary>
public static class AccountInput
{
    public const string Required = "Validation.Required";
    public const string Email = "Validation.Email";
    public const string PasswordsDiffer = "Validation.PasswordsDiffer";

    public static readonly string[] Cultures = ["en", "ko"];
}

public sealed class NewPasswordInput
{
    [Required(ErrorMessage = AccountInput.Required), DataType(DataType.Password), Display(Name = "Account.NewPassword")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = AccountInput.Required), DataType(DataType.Password), Display(Name = "Account.ConfirmPassword")]
    [Compare(nameof(Password), ErrorMessage = AccountInput.PasswordsDiffer)]
    public string ConfirmPassword { get; set; } = "";
}

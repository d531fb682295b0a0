using System.ComponentModel.DataAnnotations;
using Kempelen.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

public sealed class SignUpModel(RegisterWorker register, UserManager<KempelenUser> users, SignInManager<KempelenUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            // The API token RegisterWorker issues is not shown here; a worker who wants one asks for it later.
            await register.ExecuteAsync(Email.Trim(), Password, cancellationToken);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(refusal.Parameter == "password" ? nameof(Password) : nameof(Email), refusal.Message);
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim()) ?? throw new InvalidOperationException("The worker just registered cannot be found.");
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}

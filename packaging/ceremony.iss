; Inno Setup script for the Windows installer of 会务助手 (ceremony).
; Build the app first on Windows:   py tools/dev.py build      (makes dist\ceremony\)
; then compile this script:         iscc packaging\ceremony.iss   (makes dist\ceremony-setup-VERSION.exe)
; Pass the version with /DAppVersion=0.1.0 (ceremony --version prints it); it defaults to 0.1.0.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C6E59-2E7B-4C55-9E3E-6B0E3C2A2020}
AppName=会务助手 ceremony
AppVersion={#AppVersion}
AppPublisher=ceremony
DefaultDirName={autopf}\ceremony
DefaultGroupName=会务助手
; Per-user install: school laptops rarely give the front desk an administrator account.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=ceremony-setup-{#AppVersion}
SetupIconFile=..\resources\icons\ceremony.ico
UninstallDisplayIcon={app}\ceremony-app.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\ceremony\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\会务助手"; Filename: "{app}\ceremony-app.exe"
Name: "{autodesktop}\会务助手"; Filename: "{app}\ceremony-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
; Check the installation once (window, Chinese Qt translation, badge PDF + QR, demo event, camera backend).
Filename: "{app}\ceremony.exe"; Parameters: "--selftest"; Flags: runhidden waituntilterminated; StatusMsg: "自检…"
Filename: "{app}\ceremony-app.exe"; Description: "{cm:LaunchProgram,会务助手}"; Flags: nowait postinstall skipifsilent
